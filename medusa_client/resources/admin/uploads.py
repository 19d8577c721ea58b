"""``medusa.admin.uploads``: file uploads (``/admin/uploads``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence, Union

from ..._resource import Resource
from ..._types import FileInput, Payload
from ...models import (
    AdminDeleteUploadsReq,
    AdminDeleteUploadsRes,
    AdminPostUploadsDownloadUrlReq,
    AdminUploadsDownloadUrlRes,
    AdminUploadsRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminUploadsResource"]


class AdminUploadsResource(Resource):
    """Files stored by the server's file service: upload, delete, get download links."""

    def create(
        self, file_or_files: Union[FileInput, Sequence[FileInput]], **options: Unpack[RequestOptions]
    ) -> AdminUploadsRes:
        """``POST /admin/uploads``: multipart, one ``files`` part per path, bytes or binary file object."""
        return self._upload("/admin/uploads", AdminUploadsRes, file_or_files, **options)

    def create_protected(
        self, file_or_files: Union[FileInput, Sequence[FileInput]], **options: Unpack[RequestOptions]
    ) -> AdminUploadsRes:
        """``POST /admin/uploads/protected``: like :meth:`create`, stored as private files."""
        return self._upload("/admin/uploads/protected", AdminUploadsRes, file_or_files, **options)

    def delete(
        self, payload: Payload[AdminDeleteUploadsReq], **options: Unpack[RequestOptions]
    ) -> AdminDeleteUploadsRes:
        """``DELETE /admin/uploads`` (payload sent as a JSON body)."""
        return self._delete("/admin/uploads", AdminDeleteUploadsRes, payload, **options)

    def get_presigned_download_url(
        self, payload: Payload[AdminPostUploadsDownloadUrlReq], **options: Unpack[RequestOptions]
    ) -> AdminUploadsDownloadUrlRes:
        """``POST /admin/uploads/download-url``"""
        return self._post("/admin/uploads/download-url", AdminUploadsDownloadUrlRes, payload, **options)
