"""The v2 methods that are more than one request of the route table (hand-written, not generated).

Each class is a mixin of the generated resource of the same name (``AuthResource`` derives from
``AuthResourceMethods``); the routes they use are still rows of the table (flag ``handwritten``),
so the CLI, the mock and the tests see them like any other method. What each one adds to
js-sdk's method is in its docstring.
"""

from __future__ import annotations

import mimetypes
import os
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple, Union, cast

from ..._exceptions import APIResponseValidationError
from ..._paths import segment
from ..._resource import Resource
from ..._serde import Model, converter
from ..._types import UNSET, FileInput, Payload, Query
from ._table import TABLE

if TYPE_CHECKING:  # pragma: no cover
    from ..._serde import EmptyResponse
    from ..._types import RequestOptions, Unpack
    from .._client import Client
    from ..models import (
        AdminAcceptInviteResponse,
        AdminImportProductResponse,
        AdminImportProductsResponse,
        AdminInviteAcceptRequest,
        AdminPromotionResponse,
        AdminRuleAttributeOptionsListResponse,
        AdminSignInWithEmailPassword,
        AdminSignUpWithEmailPassword,
        AuthCallbackResponse,
        AuthLoginResponse,
        AuthMfaVerifyChallengePayload,
        BatchAddPromotionRulesReq,
        BatchRemovePromotionRulesReq,
        BatchUpdatePromotionRulesReq,
        SelectParams,
        StoreCart,
        StoreInitializePaymentSession,
        StorePaymentCollectionResponse,
    )

__all__ = [
    "AdminInviteResourceMethods",
    "AdminProductResourceMethods",
    "AdminPromotionResourceMethods",
    "AuthMfaResourceMethods",
    "AuthResourceMethods",
    "StorePaymentResourceMethods",
]

#: The rule sets of a promotion, as path segments of ``/admin/promotions/{id}/{rule_type}/batch``.
RULE_TYPES = ("rules", "target-rules", "buy-rules")


class _Methods(Resource):
    @property
    def _v2(self) -> Client:
        return cast("Client", self._client)

    def _route_call(
        self, name: str, ids: Tuple[str, ...], payload: Any, query: Any, options: Mapping[str, Any]
    ) -> Any:
        return self._client.call(TABLE.route(self._path, name), ids, payload, query, options)


def _data(payload: Any) -> Dict[str, Any]:
    """A payload (model or mapping) as a plain dict."""
    if isinstance(payload, Model):
        return dict(converter.unstructure(payload))
    if isinstance(payload, Mapping):
        return dict(payload)
    raise TypeError(f"payload must be a model or a mapping, not {type(payload).__name__}")


def _token_of(result: Any, what: str) -> str:
    token = getattr(result, "token", None)
    if not isinstance(token, str) or not token:
        raise APIResponseValidationError(
            f"{what}: the server answered without a token", response=result.response
        )
    return token


# ----------------------------------------------------------------------------------------- auth


class AuthResourceMethods(_Methods):
    def login(
        self,
        actor: str,
        method: str,
        payload: Payload[AdminSignInWithEmailPassword],
        **options: Unpack[RequestOptions],
    ) -> Union[str, AuthLoginResponse]:
        """Log in as ``actor`` (``user``, ``customer``) with the auth provider ``method`` (``emailpass``).

        Returns the JWT, which this client then uses (or, with ``auth_type="session"``, exchanges
        for a session cookie). A provider that answers with a redirect (``location``, third-party
        login) or that asks for a second factor returns the whole :class:`AuthLoginResponse`
        instead; a token in it is kept all the same, except with a ``location``.
        """
        result = self._route_call("login", (actor, method), payload, None, options)
        if isinstance(result.location, str):
            return cast("AuthLoginResponse", result)
        token = _token_of(result, "login")
        self._v2.use_token(token)
        if result.mfa_required or result.verification_required:
            return cast("AuthLoginResponse", result)
        return token

    def callback(
        self,
        actor: str,
        method: str,
        query: Query[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> Union[str, AuthCallbackResponse]:
        """Finish a third-party login with the query the provider redirected to; like :meth:`login`."""
        result = self._route_call("callback", (actor, method), UNSET, query, options)
        token = _token_of(result, "callback")
        self._v2.use_token(token)
        if result.mfa_required or result.verification_required:
            return cast("AuthCallbackResponse", result)
        return token

    def register(
        self,
        actor: str,
        method: str,
        payload: Payload[AdminSignUpWithEmailPassword],
        **options: Unpack[RequestOptions],
    ) -> str:
        """Create an auth identity and return its registration token, used by this client from now on.

        The token lets the next call create the actor (``store.customer.create``); it is sent as
        a Bearer token in both auth types (js-sdk sends nothing in session mode, so that call fails).
        """
        result = self._route_call("register", (actor, method), payload, None, options)
        token = _token_of(result, "register")
        self._v2.set_token(token)
        return token

    def refresh(self, **options: Unpack[RequestOptions]) -> str:
        """Exchange this client's token for a new one, used from now on; returns it.

        Raises :class:`~medusa_client.APIResponseValidationError` when the server answers without a
        token (js-sdk then stores ``undefined``); the old token stays in use then.
        """
        result = self._route_call("refresh", (), UNSET, None, options)
        token = _token_of(result, "refresh")
        self._v2.use_token(token)
        return token

    def logout(self, **options: Unpack[RequestOptions]) -> None:
        """Forget the token and end the cookie session on the server when there is one.

        The token and cookies are forgotten even when the server refuses (the session had ended);
        its error is raised after that.
        """
        try:
            if self._client.session.cookies or self._v2.auth_type == "session":
                self._route_call("logout", (), UNSET, None, options)
        finally:  # forgotten here even when the server refuses (an expired or ended session)
            self._v2.clear_auth()

    def update_provider(
        self,
        actor: str,
        provider: str,
        payload: Payload[Mapping[str, Any]],
        token: str,
        **options: Unpack[RequestOptions],
    ) -> EmptyResponse:
        """Update an auth identity's provider data (e.g. a new password) with the ``token`` of a reset email.

        ``token`` is sent as this call's Bearer token, in place of the client's credentials.
        """
        self._client._check_secret(token, "token")
        headers = {**dict(options.get("custom_headers") or {}), "Authorization": f"Bearer {token}"}
        route = TABLE.route(self._path, "update_provider")
        merged: Dict[str, Any] = {**options, "custom_headers": headers}
        return cast("EmptyResponse", self._client.call(route, (actor, provider), payload, None, merged))


class AuthMfaResourceMethods(_Methods):
    def verify_challenge(
        self, id: str, payload: Payload[AuthMfaVerifyChallengePayload], **options: Unpack[RequestOptions]
    ) -> str:
        """Answer a second-factor challenge; returns the token of the completed login, used from now on."""
        result = self._route_call("verify_challenge", (id,), payload, None, options)
        token = _token_of(result, "verify_challenge")
        self._v2.use_token(token)
        return token


# ---------------------------------------------------------------------------------------- store


class StorePaymentResourceMethods(_Methods):
    def initiate_payment_session(
        self,
        cart: Union[StoreCart, Mapping[str, Any], str],
        payload: Payload[StoreInitializePaymentSession],
        query: Query[SelectParams] = None,
        **options: Unpack[RequestOptions],
    ) -> StorePaymentCollectionResponse:
        """Start a payment session for ``cart`` with a payment provider (``{"provider_id": ...}``).

        ``cart`` is the ``StoreCart`` returned earlier, a mapping with its ``id``, or the cart id.
        When the cart has no payment collection yet, one is created first
        (``POST /store/payment-collections``), as js-sdk does.
        """
        cart_id, collection_id = _cart_ids(cart)
        if collection_id is None:
            created: Any = self._client.request(
                "POST",
                "/store/payment-collections",
                TABLE.route(self._path, "initiate_payment_session").result_model,
                payload={"cart_id": cart_id},
                options={k: v for k, v in options.items() if k != "idempotent"},
            )
            collection_id = created.payment_collection.id
        result = self._route_call("initiate_payment_session", (collection_id,), payload, query, options)
        return cast("StorePaymentCollectionResponse", result)


def _cart_ids(cart: Any) -> Tuple[str, Optional[str]]:
    """The cart's id and its payment collection's id (if it has one)."""
    if isinstance(cart, str):
        segment(cart, "cart")
        return cart, None
    data = converter.unstructure(cart) if isinstance(cart, Model) else cart
    if not isinstance(data, Mapping) or not isinstance(data.get("id"), str):
        raise TypeError("cart must be a StoreCart, a mapping with the cart's id, or the cart id")
    collection = data.get("payment_collection")
    collection_id = collection.get("id") if isinstance(collection, Mapping) else None
    return data["id"], collection_id if isinstance(collection_id, str) and collection_id else None


# ---------------------------------------------------------------------------------------- admin


class AdminInviteResourceMethods(_Methods):
    def accept(
        self,
        payload: Payload[AdminInviteAcceptRequest],
        query: Query[SelectParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminAcceptInviteResponse:
        """Create the invited user: ``payload`` holds ``invite_token`` and the user's details.

        The token goes into the query as one encoded value (js-sdk puts it into the URL raw, so an
        ``&`` in it adds parameters). The server needs the invited user's registration token
        (``medusa.auth.register("user", "emailpass", {...})`` first, on this client): it is sent as
        the Bearer token; the secret API key is not sent (the server refuses an authenticated actor).
        """
        data = _data(payload)
        token = data.pop("invite_token", None)
        if not isinstance(token, str) or not token:
            raise ValueError("payload must hold the invite_token (a non-empty str)")
        merged = {**(_data(query) if query is not None else {}), "token": token}
        jwt = self._v2.token
        headers = dict(options.get("custom_headers") or {})
        if jwt and not any(name.lower() == "authorization" for name in headers):
            headers["Authorization"] = f"Bearer {jwt}"
            options = {**options, "custom_headers": headers}
        return cast("AdminAcceptInviteResponse", self._route_call("accept", (), data, merged, options))


def _file_part(file: FileInput, field: str) -> Tuple[str, Tuple[str, bytes, str]]:
    from ..._client import read_files

    _, (filename, content, given) = read_files(file)[0]
    if given == "application/octet-stream":  # read_files' default: the file name tells more
        given = mimetypes.guess_type(filename)[0] or given
    return field, (filename, content, given)


class AdminProductResourceMethods(_Methods):
    def import_(
        self,
        file_or_files: FileInput,
        query: Query[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminImportProductResponse:
        """Import products from a CSV file (a path, bytes or a binary file object), multipart ``file``."""
        route = TABLE.route(self._path, "import_")
        part = [_file_part(file_or_files, "file")]
        result: Any = self._client.request(
            route.method, route.path, route.result_model, query=query, files=part, options=options
        )
        return cast("AdminImportProductResponse", result)

    def create_import(
        self,
        file_or_files: FileInput,
        query: Query[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminImportProductsResponse:
        """Import products from a CSV through the file service, as js-sdk's ``createImport``.

        Asks for an upload URL (``POST /admin/uploads/presigned-urls``); a URL on another host gets
        the file by ``PUT`` without any of this client's credentials, a local one by a multipart
        ``POST /admin/uploads``; then starts the import (``POST /admin/products/imports``).
        """
        field, (filename, content, mime) = _file_part(file_or_files, "files")
        signed: Any = self._client.request(
            "POST",
            "/admin/uploads/presigned-urls",
            TABLE.route("admin.upload", "presigned_url").result_model,
            payload={"originalname": filename, "mime_type": mime, "size": len(content)},
            query=query,
            options=options,
        )
        url = getattr(signed, "url", None)
        file_key = getattr(signed, "filename", None) or getattr(signed, "file_key", None)
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            import requests

            put = requests.put(url, data=content, timeout=self._client.timeout)
            if put.status_code >= 400:
                raise self._client._status_error(put, None)
        else:
            uploaded: Any = self._client.request(
                "POST",
                "/admin/uploads",
                TABLE.route("admin.upload", "create").result_model,
                files=[(field, (filename, content, mime))],
                options=options,
            )
            files: List[Any] = getattr(uploaded, "files", None) or []
            file_key = getattr(files[0], "id", file_key) if files else file_key
        route = TABLE.route(self._path, "create_import")
        body: Dict[str, Any] = {
            "file_key": file_key,
            "originalname": filename,
            "extension": os.path.splitext(filename)[1].lstrip("."),
            "size": len(content),
            "mime_type": mime,
        }
        result: Any = self._client.request(
            route.method, route.path, route.result_model, payload=body, query=query, options=options
        )
        return cast("AdminImportProductsResponse", result)


class AdminPromotionResourceMethods(_Methods):
    def _rules(
        self, name: str, id: str, rule_type: str, body: Dict[str, Any], options: Mapping[str, Any]
    ) -> Any:
        if rule_type not in RULE_TYPES:
            raise ValueError(f"rule_type must be one of {RULE_TYPES}, got {rule_type!r}")
        return self._route_call(name, (id, rule_type), body, None, options)

    def add_rules(
        self,
        id: str,
        rule_type: str,
        payload: Payload[BatchAddPromotionRulesReq],
        **options: Unpack[RequestOptions],
    ) -> AdminPromotionResponse:
        """Add rules (``payload["rules"]``) to a rule set: ``rules``, ``target-rules`` or ``buy-rules``."""
        body = {"create": _data(payload).get("rules", [])}
        return cast("AdminPromotionResponse", self._rules("add_rules", id, rule_type, body, options))

    def update_rules(
        self,
        id: str,
        rule_type: str,
        payload: Payload[BatchUpdatePromotionRulesReq],
        **options: Unpack[RequestOptions],
    ) -> AdminPromotionResponse:
        """Update rules (``payload["rules"]``, each with its ``id``) of one of the promotion's rule sets."""
        body = {"update": _data(payload).get("rules", [])}
        return cast("AdminPromotionResponse", self._rules("update_rules", id, rule_type, body, options))

    def remove_rules(
        self,
        id: str,
        rule_type: str,
        payload: Payload[BatchRemovePromotionRulesReq],
        **options: Unpack[RequestOptions],
    ) -> AdminPromotionResponse:
        """Remove rules (``payload["rule_ids"]``) from one of the promotion's rule sets."""
        body = {"delete": _data(payload).get("rule_ids", [])}
        return cast("AdminPromotionResponse", self._rules("remove_rules", id, rule_type, body, options))

    def list_rule_attributes(
        self,
        rule_type: str,
        promotion_type: Optional[str] = None,
        application_method_target_type: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminRuleAttributeOptionsListResponse:
        """The attributes a rule of ``rule_type`` can test, for a promotion and target type."""
        if rule_type not in RULE_TYPES:
            raise ValueError(f"rule_type must be one of {RULE_TYPES}, got {rule_type!r}")
        query = {
            "promotion_type": promotion_type,
            "application_method_target_type": application_method_target_type,
        }
        result = self._route_call("list_rule_attributes", (rule_type,), UNSET, query, options)
        return cast("AdminRuleAttributeOptionsListResponse", result)
