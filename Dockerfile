# Builds one side of the ledger: docker build --build-arg MODULE=command-side (or query-side) .
# Stage 1 compiles with the Maven wrapper on a JDK; stage 2 runs the executable jar on a JRE as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q -pl ${MODULE} -am package -DskipTests \
    && cp ${MODULE}/target/${MODULE}-*-exec.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 ledger \
    && mkdir -p /app/data && chown ledger /app/data
WORKDIR /app
USER ledger
COPY --from=build /app.jar /app/app.jar
COPY jvm.options /app/jvm.options
# The data folder holds the digest signing key (ledger-signing-key.pem) unless CAMPUS_SIGNING_KEY is given.
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true CAMPUS_DATA_DIR=/app/data SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/app.jar"]
