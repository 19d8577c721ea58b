"""``medusa.admin.orders``: orders (``/admin/orders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetOrdersOrderParams,
    AdminGetOrdersParams,
    AdminOrdersListRes,
    AdminOrdersOrderLineItemReservationReq,
    AdminOrdersRes,
    AdminPostOrdersOrderClaimsClaimFulfillmentsReq,
    AdminPostOrdersOrderClaimsClaimReq,
    AdminPostOrdersOrderClaimsClaimShipmentsReq,
    AdminPostOrdersOrderClaimsReq,
    AdminPostOrdersOrderFulfillmentsReq,
    AdminPostOrdersOrderRefundsReq,
    AdminPostOrdersOrderReq,
    AdminPostOrdersOrderReturnsReq,
    AdminPostOrdersOrderShipmentReq,
    AdminPostOrdersOrderShippingMethodsReq,
    AdminPostOrdersOrderSwapsReq,
    AdminPostOrdersOrderSwapsSwapFulfillmentsReq,
    AdminPostOrdersOrderSwapsSwapShipmentsReq,
    AdminReservationsListRes,
    AdminReservationsRes,
    GetOrdersOrderReservationsParams,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminOrdersResource"]


class AdminOrdersResource(Resource):
    """Placed orders: payments, fulfillments, returns, swaps and claims."""

    def update(
        self, id: str, payload: Payload[AdminPostOrdersOrderReq], **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}``"""
        path = build_path("/admin/orders/{id}", id=id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def retrieve(
        self, id: str, query: Query[AdminGetOrdersOrderParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``GET /admin/orders/{id}``"""
        path = build_path("/admin/orders/{id}", id=id)
        return self._get(path, AdminOrdersRes, query, **options)

    def list(
        self, query: Query[AdminGetOrdersParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminOrdersListRes:
        """``GET /admin/orders``"""
        return self._get("/admin/orders", AdminOrdersListRes, query, **options)

    def complete(self, id: str, **options: Unpack[RequestOptions]) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/complete``"""
        path = build_path("/admin/orders/{id}/complete", id=id)
        return self._post(path, AdminOrdersRes, **options)

    def capture_payment(self, id: str, **options: Unpack[RequestOptions]) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/capture``"""
        path = build_path("/admin/orders/{id}/capture", id=id)
        return self._post(path, AdminOrdersRes, **options)

    def refund_payment(
        self, id: str, payload: Payload[AdminPostOrdersOrderRefundsReq], **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/refund``"""
        path = build_path("/admin/orders/{id}/refund", id=id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def create_fulfillment(
        self,
        id: str,
        payload: Payload[AdminPostOrdersOrderFulfillmentsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/fulfillment``"""
        path = build_path("/admin/orders/{id}/fulfillment", id=id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def cancel_fulfillment(
        self, id: str, fulfillment_id: str, **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/fulfillments/{fulfillment_id}/cancel``"""
        path = build_path(
            "/admin/orders/{id}/fulfillments/{fulfillment_id}/cancel", id=id, fulfillment_id=fulfillment_id
        )
        return self._post(path, AdminOrdersRes, **options)

    def cancel_swap_fulfillment(
        self, id: str, swap_id: str, fulfillment_id: str, **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/swaps/{swap_id}/fulfillments/{fulfillment_id}/cancel``"""
        path = build_path(
            "/admin/orders/{id}/swaps/{swap_id}/fulfillments/{fulfillment_id}/cancel",
            id=id,
            swap_id=swap_id,
            fulfillment_id=fulfillment_id,
        )
        return self._post(path, AdminOrdersRes, **options)

    def cancel_claim_fulfillment(
        self, id: str, claim_id: str, fulfillment_id: str, **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/claims/{claim_id}/fulfillments/{fulfillment_id}/cancel``"""
        path = build_path(
            "/admin/orders/{id}/claims/{claim_id}/fulfillments/{fulfillment_id}/cancel",
            id=id,
            claim_id=claim_id,
            fulfillment_id=fulfillment_id,
        )
        return self._post(path, AdminOrdersRes, **options)

    def create_shipment(
        self, id: str, payload: Payload[AdminPostOrdersOrderShipmentReq], **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/shipment``"""
        path = build_path("/admin/orders/{id}/shipment", id=id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def request_return(
        self, id: str, payload: Payload[AdminPostOrdersOrderReturnsReq], **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/return``"""
        path = build_path("/admin/orders/{id}/return", id=id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def cancel(self, id: str, **options: Unpack[RequestOptions]) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/cancel``"""
        path = build_path("/admin/orders/{id}/cancel", id=id)
        return self._post(path, AdminOrdersRes, **options)

    def add_shipping_method(
        self,
        id: str,
        payload: Payload[AdminPostOrdersOrderShippingMethodsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/shipping-methods``"""
        path = build_path("/admin/orders/{id}/shipping-methods", id=id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def archive(self, id: str, **options: Unpack[RequestOptions]) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/archive``"""
        path = build_path("/admin/orders/{id}/archive", id=id)
        return self._post(path, AdminOrdersRes, **options)

    def create_swap(
        self, id: str, payload: Payload[AdminPostOrdersOrderSwapsReq], **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/swaps``"""
        path = build_path("/admin/orders/{id}/swaps", id=id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def cancel_swap(self, id: str, swap_id: str, **options: Unpack[RequestOptions]) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/swaps/{swap_id}/cancel``"""
        path = build_path("/admin/orders/{id}/swaps/{swap_id}/cancel", id=id, swap_id=swap_id)
        return self._post(path, AdminOrdersRes, **options)

    def fulfill_swap(
        self,
        id: str,
        swap_id: str,
        payload: Payload[AdminPostOrdersOrderSwapsSwapFulfillmentsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/swaps/{swap_id}/fulfillments``"""
        path = build_path("/admin/orders/{id}/swaps/{swap_id}/fulfillments", id=id, swap_id=swap_id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def create_swap_shipment(
        self,
        id: str,
        swap_id: str,
        payload: Payload[AdminPostOrdersOrderSwapsSwapShipmentsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/swaps/{swap_id}/shipments``"""
        path = build_path("/admin/orders/{id}/swaps/{swap_id}/shipments", id=id, swap_id=swap_id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def process_swap_payment(
        self, id: str, swap_id: str, **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/swaps/{swap_id}/process-payment``"""
        path = build_path("/admin/orders/{id}/swaps/{swap_id}/process-payment", id=id, swap_id=swap_id)
        return self._post(path, AdminOrdersRes, **options)

    def create_claim(
        self, id: str, payload: Payload[AdminPostOrdersOrderClaimsReq], **options: Unpack[RequestOptions]
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/claims``"""
        path = build_path("/admin/orders/{id}/claims", id=id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def cancel_claim(self, id: str, claim_id: str, **options: Unpack[RequestOptions]) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/claims/{claim_id}/cancel``"""
        path = build_path("/admin/orders/{id}/claims/{claim_id}/cancel", id=id, claim_id=claim_id)
        return self._post(path, AdminOrdersRes, **options)

    def update_claim(
        self,
        id: str,
        claim_id: str,
        payload: Payload[AdminPostOrdersOrderClaimsClaimReq],
        **options: Unpack[RequestOptions],
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/claims/{claim_id}``"""
        path = build_path("/admin/orders/{id}/claims/{claim_id}", id=id, claim_id=claim_id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def fulfill_claim(
        self,
        id: str,
        claim_id: str,
        payload: Payload[AdminPostOrdersOrderClaimsClaimFulfillmentsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/claims/{claim_id}/fulfillments``"""
        path = build_path("/admin/orders/{id}/claims/{claim_id}/fulfillments", id=id, claim_id=claim_id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def create_claim_shipment(
        self,
        id: str,
        claim_id: str,
        payload: Payload[AdminPostOrdersOrderClaimsClaimShipmentsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminOrdersRes:
        """``POST /admin/orders/{id}/claims/{claim_id}/shipments``"""
        path = build_path("/admin/orders/{id}/claims/{claim_id}/shipments", id=id, claim_id=claim_id)
        return self._post(path, AdminOrdersRes, payload, **options)

    def list_reservations(
        self,
        id: str,
        query: Query[GetOrdersOrderReservationsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminReservationsListRes:
        """``GET /admin/orders/{id}/reservations``: reservations of the order's items (not in medusa-js)."""
        path = build_path("/admin/orders/{id}/reservations", id=id)
        return self._get(path, AdminReservationsListRes, query, **options)

    def create_reservation_for_line_item(
        self,
        id: str,
        line_item_id: str,
        payload: Payload[AdminOrdersOrderLineItemReservationReq],
        **options: Unpack[RequestOptions],
    ) -> AdminReservationsRes:
        """``POST /admin/orders/{id}/line-items/{line_item_id}/reserve`` (not in medusa-js)."""
        path = build_path(
            "/admin/orders/{id}/line-items/{line_item_id}/reserve", id=id, line_item_id=line_item_id
        )
        return self._post(path, AdminReservationsRes, payload, **options)
