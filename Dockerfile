# Builds and runs Backchannel; docker-compose.yml wires it to a PostgreSQL 17 server.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspring-javaformat.skip=true

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system backchannel
COPY --from=build /src/target/backchannel-*.jar /app/backchannel.jar
USER backchannel
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/backchannel.jar"]
