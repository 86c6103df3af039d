# syntax=docker/dockerfile:1
# One recipe for the three services and the web console, chosen with a build arg:
#   docker build --build-arg SERVICE=agreements-service -t entente/agreements-service .

FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
# Fail fast on a wrong SERVICE, before the slow build; remember the default port for the health check.
RUN case "$SERVICE" in \
      agreements-service) port=8081 ;; \
      actions-service)    port=8082 ;; \
      notify-service)     port=8083 ;; \
      web-console)        port=8080 ;; \
      *) echo "SERVICE must be agreements-service, actions-service, notify-service or web-console (got '$SERVICE')" >&2; exit 1 ;; \
    esac \
 && mkdir /out && echo "$port" > /out/port
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 (dependencies and the wrapper's own Maven) between builds.
# `sh ./mvnw` still works if a Windows checkout lost the executable bit.
RUN --mount=type=cache,target=/root/.m2 \
    sh ./mvnw -B -q -pl "$SERVICE" -am package -Dmaven.test.skip=true \
 && cp "$SERVICE/target/$SERVICE.jar" /out/app.jar

FROM eclipse-temurin:17-jre
ARG SERVICE
LABEL org.opencontainers.image.title="entente-$SERVICE"
# Temurin's Ubuntu-based images ship curl (used by HEALTHCHECK); install it only if a future tag drops it.
RUN (command -v curl >/dev/null \
      || (apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*)) \
 && useradd --system --no-create-home --shell /usr/sbin/nologin entente
WORKDIR /app
COPY --from=build /out/ /app/
USER entente
# SERVER_PORT overrides the service's default port, so the check follows it.
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS "http://localhost:${SERVER_PORT:-$(cat /app/port)}/actuator/health/readiness" >/dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
