"""``medusa.admin.notifications``: notifications (``/admin/notifications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetNotificationsParams,
    AdminNotificationsListRes,
    AdminNotificationsRes,
    AdminPostNotificationsNotificationResendReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminNotificationsResource"]


class AdminNotificationsResource(Resource):
    """Messages the notification providers have sent, and resending them."""

    def list(
        self, query: Query[AdminGetNotificationsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminNotificationsListRes:
        """``GET /admin/notifications``"""
        return self._get("/admin/notifications", AdminNotificationsListRes, query, **options)

    def resend(
        self,
        id: str,
        payload: Payload[AdminPostNotificationsNotificationResendReq],
        **options: Unpack[RequestOptions],
    ) -> AdminNotificationsRes:
        """``POST /admin/notifications/{id}/resend``"""
        path = build_path("/admin/notifications/{id}/resend", id=id)
        return self._post(path, AdminNotificationsRes, payload, **options)
