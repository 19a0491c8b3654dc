# Builds one side of the ledger: docker build --build-arg MODULE=command-side (or query-side) .
# Stage 1 compiles with the Maven wrapper on a JDK and extracts the executable jar into a plain jar and its libraries;
# stage 2 runs it on a JRE as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q -pl ${MODULE} -am package -DskipTests -Dcampus.launch-layout.skip=true \
    && java -Djarmode=tools -jar ${MODULE}/target/${MODULE}-*-exec.jar extract --destination /app --application-filename app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 ledger \
    && mkdir -p /app/data && chown ledger /app/data
WORKDIR /app
COPY --from=build /app /app
COPY jvm.options /app/jvm.options
# A class-data archive of the classes start-up loads, written by this image's own JVM (an archive is used only by the
# JVM build that wrote it): one start on a throw-away embedded store that stops as soon as the context is ready.
# Start-up then maps those classes instead of loading them from the jars (docs/benchmarks.md).
RUN CAMPUS_DATA_DIR=/tmp/class-data-run SERVER_PORT=0 AXONIQ_UPDATE_CHECKER_DISABLED=true \
    java @/app/jvm.options -XX:ArchiveClassesAtExit=/app/app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dspring.context.exit=onRefresh -Dcampus.mongodb.uri= -jar /app/app.jar > /dev/null \
    && rm -rf /tmp/class-data-run
USER ledger
# The data folder holds the digest signing key (ledger-signing-key.pem) unless CAMPUS_SIGNING_KEY is given.
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true CAMPUS_DATA_DIR=/app/data SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/app.jar"]
