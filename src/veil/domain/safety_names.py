"""Names the safety policy uses to recognise real, identifiable people (data only).

``PUBLIC_FIGURES`` is a curated list of very well-known living or recently living people
(actors, musicians, athletes, politicians, creators): sexual content that names one of them is
blocked. It is one signal among several and deliberately small; it cannot be complete.
``FIRST_NAMES`` are common given names in the five supported languages, used to tell
"my coworker Jenna" (a real person) from "my coworker is" (a role in a story).
All entries are normalised (casefolded, accents stripped).
"""

from __future__ import annotations

PUBLIC_FIGURES: tuple[str, ...] = tuple(
    line.strip()
    for line in """
    taylor swift|selena gomez|ariana grande|billie eilish|beyonce|rihanna|shakira|adele
    dua lipa|olivia rodrigo|sabrina carpenter|katy perry|lady gaga|miley cyrus|nicki minaj
    cardi b|doja cat|jennifer lopez|kim kardashian|kylie jenner|kendall jenner|khloe kardashian
    emma watson|scarlett johansson|margot robbie|zendaya|jennifer lawrence|anne hathaway
    natalie portman|gal gadot|angelina jolie|jennifer aniston|sydney sweeney|jenna ortega
    millie bobby brown|florence pugh|anya taylor-joy|emma stone|megan fox|ana de armas
    emilia clarke|sophie turner|maisie williams|elizabeth olsen|dakota johnson|kristen stewart
    tom holland|timothee chalamet|harry styles|justin bieber|shawn mendes|chris hemsworth
    chris evans|ryan reynolds|ryan gosling|brad pitt|leonardo dicaprio|tom cruise|keanu reeves
    henry cavill|jason momoa|pedro pascal|jacob elordi|drake|the weeknd|bad bunny|ed sheeran
    cristiano ronaldo|lionel messi|neymar|kylian mbappe|serena williams|simone biles
    lebron james|travis kelce|mrbean|mr beast|mrbeast|pewdiepie|logan paul|jake paul
    pokimane|amouranth|belle delphine|addison rae|charli d'amelio|dixie d'amelio|khaby lame
    donald trump|joe biden|kamala harris|barack obama|michelle obama|hillary clinton
    alexandria ocasio-cortez|emmanuel macron|olaf scholz|angela merkel|giorgia meloni
    pedro sanchez|rishi sunak|keir starmer|vladimir putin|volodymyr zelensky|elon musk
    mark zuckerberg|jeff bezos|bill gates|greta thunberg|king charles|prince william
    prince harry|kate middleton|meghan markle|pope francis|helene fischer|heidi klum
    rosalia|aitana|elodie|chiara ferragni|laura pausini|penelope cruz|monica bellucci
    marion cotillard|lea seydoux|aya nakamura|mylene farmer|kylian|the rock|dwayne johnson
    """.replace("\n", "|").split("|")
    if line.strip()
)

FIRST_NAMES: frozenset[str] = frozenset(
    str.split(
        """
    james john robert michael william david richard joseph thomas charles chris christopher
    daniel matthew anthony mark donald steven paul andrew josh joshua kevin brian george tim
    timothy ryan jacob gary nick nicholas eric jonathan stephen larry justin scott brandon ben
    benjamin sam samuel greg gregory alex alexander frank patrick jack dennis jerry tyler aaron
    adam henry nathan peter zach zachary kyle noah ethan jeremy jordan dylan luke liam mason
    logan lucas oliver owen jake connor evan caleb hunter max leo felix jonas lukas finn paul
    mathis hugo louis jules arthur raphael gabriel nathan tom theo enzo mateo santiago diego
    javier carlos miguel alejandro pablo sergio jorge luis juan marco matteo lorenzo andrea
    francesco alessandro giuseppe giovanni luca davide stefan stefano tobias florian jan niklas
    mary patricia jennifer linda elizabeth liz barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kim kimberly emily emma donna michelle dorothy carol amanda
    melissa deborah stephanie rebecca becky laura sharon cynthia kathleen amy shirley angela
    anna anne ann brenda pamela nicole nikki samantha sam katherine kate katie christine
    debra rachel carolyn janet catherine maria heather diane julie olivia joyce victoria
    kelly christina lauren joan evelyn judith megan meg cheryl andrea hannah jacqueline martha
    gloria teresa sara madison frances kathryn janice jean abigail alice judy sophia sophie
    grace denise amber doris marilyn danielle beverly isabella isabel theresa diana natalie
    brittany charlotte marie kayla alexis lori jenna jenny jen chloe mia ava ella zoe lily
    lucy ellie nora leah hailey haley madeline molly riley avery aria scarlett layla luna
    stella hazel violet aurora savannah audrey brooklyn bella claire skylar paisley everly
    emilia lena lea leonie johanna hanna mila clara marlene jana katrin julia lara nina
    sabrina jasmin jasmine vanessa melanie jessie tina claudia petra monika sabine nadine
    camille manon chloe ines jade louise ambre lina rose juliette margaux elise celine
    sophie amelie pauline lucie elodie oceane mathilde valentina martina lucia paula daniela
    carmen elena lucia sofia alba noa valeria ximena camila isabela giulia chiara francesca sara
    alessia aurora giorgia elisa federica silvia beatrice greta ginevra alice martina
    """
    )
)
