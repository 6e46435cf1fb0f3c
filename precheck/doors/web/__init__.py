"""`precheck serve`: the applicant's page and a JSON API on this computer (FastAPI + uvicorn)."""
from precheck.doors.web.app import create_app

__all__ = ["create_app"]
