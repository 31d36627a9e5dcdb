using System.Net;
using System.Reflection;
using DigestBot.Core.Sources;
using DigestBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Sources;

internal static class SourcesHostingExtensions
{
    /// <summary>
    /// Feeds and pages beside the material folders: fetched by Quartz poll jobs (with
    /// <paramref name="runPollers"/> false, as in a one-shot <c>ask</c>, nothing is fetched), stored in the
    /// shared database, and read back into the snapshot at start and whenever any instance stored something.
    /// Call after <c>AddStorage</c>, <c>AddMaterial</c> and <c>AddDigests</c> (which sets up Quartz).
    /// </summary>
    public static IHostApplicationBuilder AddSources(this IHostApplicationBuilder builder, bool runPollers)
    {
        builder.Services.AddOptions<SourcesOptions>()
            .Bind(builder.Configuration.GetSection(SourcesOptions.SectionName))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>());
        builder.Services.AddStorageMigration(SourcesSchema.Tables);
        builder.Services.TryAddSingleton<SourceArticleRepository>();
        builder.Services.TryAddSingleton<SourceStateRepository>();
        builder.Services.TryAddSingleton<SourceHealth>();
        builder.Services.TryAddSingleton<HostGate>();
        builder.Services.TryAddSingleton<WebFetcher>();
        builder.Services.TryAddSingleton<StoredArticleSync>();
        builder.Services.TryAddSingleton<FirstFetchProgress>();
        builder.Services.TryAddSingleton<SourcePoller>();
        builder.Services.TryAddSingleton<ISourceCatalog, SourceDirectory>();
        builder.Services.AddTransient<SourcePollJob>();
        builder.Services.AddHttpClient(WebFetcher.ClientName, client =>
            {
                // WebFetcher applies Sources:Timeout to the whole exchange, body included.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigureHttpClient((services, client) =>
                client.DefaultRequestHeaders.UserAgent.TryParseAdd(UserAgent(services.GetRequiredService<IOptions<SourcesOptions>>().Value)))
            .ConfigurePrimaryHttpMessageHandler(services => Handler(services.GetRequiredService<IOptions<SourcesOptions>>().Value))

            // SourcePoller logs one line per poll with the outcome; per-request handler logs would only repeat it.
            .RemoveAllLoggers();
        builder.Services.AddHostedService<SourceStoreWatcher>();
        if (runPollers)
        {
            builder.Services.AddHostedService<SourcePollRegistrar>();
        }

        return builder;
    }

    /// <summary>Honest and reachable: <c>DigestBot/1.2.3 (+https://contact.example)</c>.</summary>
    public static string UserAgent(SourcesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var version = typeof(SourcesHostingExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        version = version.Split('+')[0];
        return string.IsNullOrWhiteSpace(options.ContactUrl) ? $"DigestBot/{version}" : $"DigestBot/{version} (+{options.ContactUrl})";
    }

    private static SocketsHttpHandler Handler(SourcesOptions options) => new()
    {
        // Redirects are followed by WebFetcher, hop by hop, within Sources:MaxRedirects.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        MaxConnectionsPerServer = options.MaxConcurrencyPerHost,
        ConnectTimeout = options.Timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,

        // Through a proxy the address check would judge the proxy, not the site; sources connect directly.
        UseProxy = false,
        ConnectCallback = (context, cancellationToken) => AddressGuard.ConnectAsync(context.DnsEndPoint, options.AllowPrivateAddresses, cancellationToken),
    };
}
