using DigestBot.Core.Publishing;
using DigestBot.Slack.Commands;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Http;
using DigestBot.Slack.Publishing;
using DigestBot.Slack.SocketMode;
using DigestBot.Slack.WebApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack;

public static class SlackHostingExtensions
{
    /// <summary>
    /// Slack options (validated at start), the Web API client, the publisher (an <see cref="IChannelPublisher"/>
    /// beside any others), and the Socket Mode service when <c>Slack:Mode</c> is <c>SocketMode</c>. Nothing
    /// connects while <c>Slack:Enabled</c> is false. Calling it twice is harmless.
    /// </summary>
    public static IHostApplicationBuilder AddSlack(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        if (services.Any(d => d.ServiceType == typeof(SlackApiClient)))
        {
            return builder;
        }

        services.AddHttpClient(SlackApiClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<SlackApiClient>();
        services.TryAddSingleton<ChannelPacer>();
        services.TryAddSingleton<ModeratorDirectory>();
        services.TryAddSingleton<ICommandExecutor, CoreCommandExecutor>();
        services.TryAddSingleton<PendingWork>();
        services.AddHostedService(sp => sp.GetRequiredService<PendingWork>());
        services.TryAddSingleton<SlashCommandHandler>();
        services.TryAddSingleton<SlashCommandEndpoint>();
        services.TryAddSingleton<EnvelopeDispatcher>();

        var section = builder.Configuration.GetSection(SlackOptions.SectionName);
        if (section.GetValue<bool>(nameof(SlackOptions.Enabled)))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelPublisher, SlackChannelPublisher>());
            if (ModeOf(section) == SlackMode.SocketMode)
            {
                services.AddHostedService<SocketModeService>();
            }
        }

        return builder;
    }

    /// <summary><c>POST /slack/commands</c> when Slack is enabled in HTTP mode; otherwise maps nothing.</summary>
    public static IEndpointRouteBuilder MapSlackCommands(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (!options.Enabled || options.Mode != SlackMode.Http)
        {
            return endpoints;
        }

        var endpoint = endpoints.ServiceProvider.GetRequiredService<SlashCommandEndpoint>();
        endpoints.MapPost(SlashCommandEndpoint.Path, endpoint.HandleAsync).WithDisplayName("Slack slash commands");
        return endpoints;
    }

    /// <summary>True when the host must serve HTTP for Slack (<c>Slack:Enabled</c> and <c>Slack:Mode=Http</c>).</summary>
    public static bool SlackHttpEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SlackOptions.SectionName);
        return section.GetValue<bool>(nameof(SlackOptions.Enabled)) && ModeOf(section) == SlackMode.Http;
    }

    private static SlackMode ModeOf(IConfigurationSection section) =>
        Enum.TryParse<SlackMode>(section[nameof(SlackOptions.Mode)], ignoreCase: true, out var mode) ? mode : SlackMode.SocketMode;
}
