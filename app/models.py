"""Every table, imported in dependency order so Alembic and the tests see the whole schema."""

from app.audit.models import AuditEntry
from app.core.db import Base
from app.countries.models import Country, CountryAlias
from app.engagements.models import Engagement, EngagementCountry, EngagementPillar, Participant
from app.ingest.models import Article, ArticleEngagement, EvidenceSpan
from app.officials.models import Official, OfficialAlias, Position
from app.pillars.models import Pillar
from app.users.models import User

__all__ = [
    "Article",
    "ArticleEngagement",
    "AuditEntry",
    "Base",
    "Country",
    "CountryAlias",
    "Engagement",
    "EngagementCountry",
    "EngagementPillar",
    "EvidenceSpan",
    "Official",
    "OfficialAlias",
    "Participant",
    "Pillar",
    "Position",
    "User",
]
