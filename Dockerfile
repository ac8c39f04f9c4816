# Build: restore (cached while the project files are unchanged), publish, and refuse content with errors.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/KetamineInfo.Content/KetamineInfo.Content.csproj src/KetamineInfo.Content/
COPY src/KetamineInfo.Web/KetamineInfo.Web.csproj src/KetamineInfo.Web/
# Compiled ahead of time (ReadyToRun) for the image's architecture: a faster start (scripts/publish does the same).
ARG TARGETARCH
RUN dotnet restore src/KetamineInfo.Web/KetamineInfo.Web.csproj -a "${TARGETARCH:-amd64}" -p:PublishReadyToRun=true
COPY src/ src/
COPY wwwroot/ wwwroot/
COPY content/ content/
RUN dotnet publish src/KetamineInfo.Web/KetamineInfo.Web.csproj -c Release -a "${TARGETARCH:-amd64}" -p:PublishReadyToRun=true -o /app --no-restore \
 && dotnet /app/KetamineInfo.Web.dll check

# Run: the ASP.NET runtime only, as the image's unprivileged 'app' user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_USE_POLLING_FILE_WATCHER=true \
    Feedback__Path=/data/feedback.db
# Reader feedback (SQLite) lives in /data: mount a volume there to keep it across containers, or set
# ConnectionStrings__Feedback to use PostgreSQL instead.
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "KetamineInfo.Web.dll"]
