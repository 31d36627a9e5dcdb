# Build: restore with only the project files first so the layer is cached until dependencies change.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/DigestBot.Core/DigestBot.Core.csproj src/DigestBot.Core/
COPY src/DigestBot.Discord/DigestBot.Discord.csproj src/DigestBot.Discord/
COPY src/DigestBot.Slack/DigestBot.Slack.csproj src/DigestBot.Slack/
COPY src/DigestBot.Host/DigestBot.Host.csproj src/DigestBot.Host/
RUN dotnet restore src/DigestBot.Host/DigestBot.Host.csproj
COPY src/ src/
# The same command .ci/run uses, so CI proves this stage works without a Docker engine.
RUN dotnet publish src/DigestBot.Host/DigestBot.Host.csproj -c Release --no-restore -o /app

# Run: the ASP.NET runtime image (the host serves HTTP when a platform uses an HTTP endpoint).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY config/ ./config/
# SQLite data lives here; mount a volume to keep schedules, deliveries and fetched articles.
VOLUME /app/data
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "DigestBot.Host.dll"]
