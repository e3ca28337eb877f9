FROM python:3.11-slim
WORKDIR /srv/entente
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
COPY templates ./templates
COPY static ./static
RUN pip install --no-cache-dir -e .
EXPOSE 8000
# Migrations run on every start; they are idempotent.
CMD ["sh", "-c", "entente db upgrade && entente serve --host 0.0.0.0 --port 8000"]
