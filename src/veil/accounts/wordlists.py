"""Word lists for username suggestions.

Common English adjectives and nouns (animals, things, places in nature). Words that are also
common given names (rose, robin, hazel, ruby, ivy, jasper, willow, hunter, grace, …) are left
out on purpose, so a suggestion never looks like a real person's name. A test checks both
lists for the usernames rules and for those names.
"""

from __future__ import annotations

ADJECTIVES: tuple[str, ...] = (
    "agile", "airy", "ancient", "arctic", "azure", "bold", "brave", "breezy", "bright",
    "brisk", "calm", "candid", "cheerful", "clever", "cloudy", "cosmic", "cozy", "crimson",
    "crisp", "curious", "dapper", "daring", "dusky", "eager", "electric", "elegant", "emerald",
    "epic", "fabled", "fancy", "fearless", "feathered", "fiery", "fleet", "floral", "fluffy",
    "frosty", "gentle", "gilded", "glad", "gleaming", "glowing", "golden", "graceful", "grand",
    "happy", "hidden", "humble", "icy", "indigo", "jolly", "keen", "kind", "lively", "lofty",
    "loyal", "lucid", "lunar", "magic", "mellow", "merry", "mighty", "mild", "mossy", "nimble",
    "noble", "oaken", "orbital", "patient", "peaceful", "placid", "playful", "plucky", "polar",
    "polished", "proud", "quick", "quiet", "radiant", "rapid", "rustic", "scarlet", "serene",
    "shady", "shiny", "silent", "silken", "silver", "sleek", "sleepy", "smooth", "snowy",
    "solar", "sparkling", "speedy", "spry", "starry", "steady", "stellar", "stormy", "sturdy",
    "subtle", "sunlit", "swift", "tender", "thrifty", "tidy", "tranquil", "twilight", "velvet",
    "vivid", "wandering", "warm", "whimsical", "wild", "windy", "wise", "witty", "woolly",
    "zesty",
)  # fmt: skip

NOUNS: tuple[str, ...] = (
    "acorn", "albatross", "anchor", "antelope", "badger", "beacon", "beetle", "bison",
    "boulder", "bramble", "breeze", "brook", "buffalo", "cactus", "canyon", "caribou", "cedar",
    "cloud", "comet", "compass", "condor", "cormorant", "coyote", "crane", "creek", "cricket",
    "dolphin", "dragonfly", "dune", "eagle", "ember", "falcon", "fern", "ferret", "finch",
    "firefly", "fjord", "flamingo", "fox", "gazelle", "gecko", "geyser", "glacier", "gull",
    "harbor", "hedgehog", "heron", "hippo", "horizon", "ibis", "iguana", "island", "jackal",
    "jaguar", "kestrel", "kiwi", "koala", "lagoon", "lantern", "lark", "lemur", "lichen",
    "lighthouse", "lynx", "magpie", "mango", "maple", "marmot", "meadow", "meerkat", "mesa",
    "meteor", "mongoose", "moose", "moth", "narwhal", "nebula", "newt", "oasis", "ocelot",
    "octopus", "orca", "otter", "owl", "panda", "pangolin", "panther", "parrot", "pebble",
    "pelican", "penguin", "pine", "planet", "plover", "puffin", "quail", "quasar", "rabbit",
    "reef", "ridge", "sandpiper", "seal", "sparrow", "squirrel", "starling", "stork", "summit",
    "swallow", "tapir", "thicket", "thistle", "tiger", "toucan", "tundra", "turtle", "valley",
    "walrus", "weasel", "whale", "wombat", "yak", "zebra", "teapot", "kettle", "lemonade",
)  # fmt: skip
