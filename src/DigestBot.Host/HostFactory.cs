using DigestBot.Host.Console;
using DigestBot.Host.Health;

namespace DigestBot.Host;

/// <summary>
/// Chooses the host: a web host only when a platform adapter receives HTTP (Discord interactions endpoint,
/// Slack slash commands), so the default console run opens no port.
/// </summary>
internal static class HostFactory
{
    public const string DefaultsFile = "config/digestbot.json";

    public static IHostApplicationBuilder CreateBuilder(Invocation invocation, Func<IConfiguration, bool> needsHttp)
    {
        var probe = new ConfigurationManager();
        AddSources(probe, invocation.HostArgs);
        if (invocation.IsAsk || !needsHttp(probe))
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(invocation.HostArgs);
            AddSources(builder.Configuration, invocation.HostArgs);
            ConfigureLogging(builder, invocation);
            ValidateContainer(builder);
            return builder;
        }

        var web = WebApplication.CreateSlimBuilder(invocation.HostArgs);
        AddSources(web.Configuration, invocation.HostArgs);
        ConfigureLogging(web, invocation);

        // Per-request "Request starting/finished" logs are noise for a bot, and while their category is enabled
        // at any level ASP.NET Core starts an Activity and a log scope for every request: off, whatever the config.
        web.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        ValidateContainer(web);
        web.Services.AddHealthChecks().AddCheck<ReadinessCheck>("ready");
        return web;
    }

    public static IHost Build(IHostApplicationBuilder builder, Action<WebApplication> mapEndpoints)
    {
        if (builder is WebApplicationBuilder web)
        {
            var app = web.Build();
            app.MapHealthChecks("/healthz");
            mapEndpoints(app);
            return app;
        }

        return ((HostApplicationBuilder)builder).Build();
    }

    // Catch a missing or mis-scoped registration when the container is built, not at 08:00.
    private static void ValidateContainer(IHostApplicationBuilder builder) =>
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions
        {
            ValidateOnBuild = true,
            ValidateScopes = true,
        }));

    // Logs go to stderr so a reply on stdout can be piped; a one-shot ask only shows warnings and errors.
    private static void ConfigureLogging(IHostApplicationBuilder builder, Invocation invocation)
    {
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        if (invocation.IsAsk)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            builder.Logging.AddFilter("DigestBot", LogLevel.Warning);
        }
    }

    // The sample configuration the default run uses sits under config/. It is added after the builder's own
    // sources, so those are added again behind it: appsettings.json, environment variables and the command
    // line still override it. The same list, alone, is the probe that decides whether a web host is needed.
    private static void AddSources(ConfigurationManager configuration, string[] args)
    {
        configuration.AddJsonFile(Path.Combine(Environment.CurrentDirectory, DefaultsFile), optional: true);
        configuration.AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
    }
}
