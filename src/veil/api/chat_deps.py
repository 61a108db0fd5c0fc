"""Dependencies of the chat routers: the caller's subject id and the chat services."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from veil.api.deps import CurrentAccount, runtime_of
from veil.chat.wiring import ChatServices
from veil.domain.errors import ConfigurationError


async def current_subject(account: CurrentAccount) -> uuid.UUID:
    """The authenticated caller's subject id (session or API token: ``CurrentAccount``)."""
    return account.account_id


async def chat_services(request: Request) -> ChatServices:
    # async: resolved on the event loop, without a worker-thread hop per request
    services = runtime_of(request).chat
    if services is None:
        raise ConfigurationError("the chat services are not configured")
    return services


Subject = Annotated[uuid.UUID, Depends(current_subject)]
Chat = Annotated[ChatServices, Depends(chat_services)]
