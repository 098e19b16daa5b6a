# The auditors' web service. Built by docker-compose.yml; the rules folder is mounted, not baked in.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# curl serves the container health check.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1001 qcdc
WORKDIR /app
COPY --from=build /src/target/qcdc-evaluator-*.jar /app/app.jar
# The example dossier, for the optional demo data (QCDC_DEMO_ENABLED=true).
COPY examples /app/examples
USER qcdc
EXPOSE 8080
ENV QCDC_RULES_PATH=/app/rules \
    QCDC_DEMO_EXAMPLE=/app/examples/chi-minh-2025.json
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
