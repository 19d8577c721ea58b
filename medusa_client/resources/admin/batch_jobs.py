"""``medusa.admin.batch_jobs``: batch jobs (``/admin/batch-jobs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminBatchJobListRes,
    AdminBatchJobRes,
    AdminGetBatchParams,
    AdminPostBatchesReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminBatchJobsResource"]


class AdminBatchJobsResource(Resource):
    """Long-running imports and exports that run in the background."""

    def create(
        self, payload: Payload[AdminPostBatchesReq], **options: Unpack[RequestOptions]
    ) -> AdminBatchJobRes:
        """``POST /admin/batch-jobs``"""
        return self._post("/admin/batch-jobs", AdminBatchJobRes, payload, **options)

    def list(
        self, query: Query[AdminGetBatchParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminBatchJobListRes:
        """``GET /admin/batch-jobs``: ``None`` values are left out, datetimes sent as ISO 8601."""
        return self._get("/admin/batch-jobs", AdminBatchJobListRes, query, **options)

    def retrieve(self, batch_job_id: str, **options: Unpack[RequestOptions]) -> AdminBatchJobRes:
        """``GET /admin/batch-jobs/{batch_job_id}``"""
        path = build_path("/admin/batch-jobs/{batch_job_id}", batch_job_id=batch_job_id)
        return self._get(path, AdminBatchJobRes, **options)

    def cancel(self, batch_job_id: str, **options: Unpack[RequestOptions]) -> AdminBatchJobRes:
        """``POST /admin/batch-jobs/{batch_job_id}/cancel``"""
        path = build_path("/admin/batch-jobs/{batch_job_id}/cancel", batch_job_id=batch_job_id)
        return self._post(path, AdminBatchJobRes, **options)

    def confirm(self, batch_job_id: str, **options: Unpack[RequestOptions]) -> AdminBatchJobRes:
        """``POST /admin/batch-jobs/{batch_job_id}/confirm``"""
        path = build_path("/admin/batch-jobs/{batch_job_id}/confirm", batch_job_id=batch_job_id)
        return self._post(path, AdminBatchJobRes, **options)
