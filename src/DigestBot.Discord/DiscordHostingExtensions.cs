using DigestBot.Core.Publishing;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Gateway;
using DigestBot.Discord.Interactions;
using DigestBot.Discord.Publishing;
using DigestBot.Discord.Registration;
using DigestBot.Discord.Rest;
using DigestBot.Discord.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord;

public static class DiscordHostingExtensions
{
    /// <summary>
    /// The Discord adapter: options (validated at start), REST client with rate limiting, renderer,
    /// publisher and, when <c>Discord:Enabled</c>, command registration and the gateway (Mode=Gateway).
    /// Calling it twice is harmless.
    /// </summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DiscordOptions>()
            .Bind(builder.Configuration.GetSection(DiscordOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<RestRateLimiter>();
        services.TryAddTransient<DiscordRateLimitHandler>();
        if (!services.Any(s => s.ServiceType == typeof(DiscordRestClient)))
        {
            services.AddHttpClient(DiscordRestClient.HttpClientName, (provider, client) =>
                {
                    var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
                    client.BaseAddress = WithTrailingSlash(options.ApiBaseUrl);
                    client.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://github.com/digestbot/digestbot, 1.0)");
                })
                .AddHttpMessageHandler<DiscordRateLimitHandler>();
        }

        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<ModeratorPolicy>();
        services.TryAddSingleton<InteractionMapper>();
        services.TryAddSingleton<AutocompleteSuggester>();
        services.TryAddSingleton<InteractionHandler>();
        services.TryAddSingleton(provider =>
            new InteractionSignatureVerifier(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey
                ?? throw new InvalidOperationException("Discord:PublicKey is required to verify HTTP interactions.")));
        services.TryAddSingleton<InteractionEndpoint>();
        services.TryAddSingleton<IHostStopper, HostStopper>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelPublisher, DiscordChannelPublisher>());

        var section = builder.Configuration.GetSection(DiscordOptions.SectionName);
        if (section.GetValue<bool>(nameof(DiscordOptions.Enabled)))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CommandRegistrationService>());
            if (section.GetValue(nameof(DiscordOptions.Mode), DiscordMode.Gateway) == DiscordMode.Gateway)
            {
                services.TryAddSingleton<DiscordGatewayClient>();
                services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DiscordGatewayService>());
            }
        }

        return builder;
    }

    /// <summary>Maps <c>POST /discord/interactions</c> when Discord is enabled in Http mode; otherwise does nothing.</summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!DiscordHttpEnabled(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            return endpoints;
        }

        var endpoint = endpoints.ServiceProvider.GetRequiredService<InteractionEndpoint>();
        endpoints.MapPost(InteractionEndpoint.Route, (RequestDelegate)endpoint.HandleAsync);
        return endpoints;
    }

    /// <summary>Whether Discord needs the web server: enabled and receiving interactions over HTTP.</summary>
    public static bool DiscordHttpEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        return section.GetValue<bool>(nameof(DiscordOptions.Enabled))
            && section.GetValue(nameof(DiscordOptions.Mode), DiscordMode.Gateway) == DiscordMode.Http;
    }

    // HttpClient drops the last path segment of a base address without a trailing slash ("/api/v10").
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
