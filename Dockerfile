# The auditors' web service. Built by docker-compose.yml; the rules folder is mounted read-only, not baked in.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# curl serves the container health check. The service runs as qcdc (uid and gid 1001), a system user without a shell;
# it refuses to start as root (RootRefusal), and nothing here sets qcdc.security.allow-root.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 1001 qcdc \
    && useradd --system --uid 1001 --gid qcdc --home-dir /app --no-create-home --shell /usr/sbin/nologin qcdc \
    && mkdir -p /app/rules /app/data \
    && chown 1001:1001 /app/data
WORKDIR /app
# The code and the example stay owned by root and read-only to the service: it cannot change what it runs.
COPY --from=build /src/target/qcdc-evaluator-*.jar /app/app.jar
# The example dossier, for the optional demo data (QCDC_DEMO_ENABLED=true).
COPY examples /app/examples
# The one folder the service writes: rule-set versions (qcdc.rules.data-dir) and, on the H2 profile, the database.
VOLUME /app/data
# Numeric, so that an orchestrator can check it is not root (Kubernetes runAsNonRoot).
USER 1001:1001
EXPOSE 8080
ENV QCDC_RULES_PATH=/app/rules \
    QCDC_RULES_DATADIR=/app/data/rule-sets \
    QCDC_DEMO_EXAMPLE=/app/examples/chi-minh-2025.json
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
