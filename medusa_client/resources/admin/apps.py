"""``medusa.admin.apps``: OAuth apps installed by plugins (``/admin/apps``); not in medusa-js."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import Resource
from ..._types import Payload
from ...models import AdminAppsListRes, AdminAppsRes, AdminPostAppsReq

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminAppsResource"]


class AdminAppsResource(Resource):
    """Third-party apps that plugins register, and their OAuth authorisations."""

    def list(self, **options: Unpack[RequestOptions]) -> AdminAppsListRes:
        """``GET /admin/apps``"""
        return self._get("/admin/apps", AdminAppsListRes, **options)

    def authorize(
        self, payload: Payload[AdminPostAppsReq], **options: Unpack[RequestOptions]
    ) -> AdminAppsRes:
        """``POST /admin/apps/authorizations``: finish an app's OAuth flow with the code it returned."""
        return self._post("/admin/apps/authorizations", AdminAppsRes, payload, **options)
