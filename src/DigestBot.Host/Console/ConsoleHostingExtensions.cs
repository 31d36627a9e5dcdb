using DigestBot.Core.Publishing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigestBot.Host.Console;

internal static class ConsoleHostingExtensions
{
    /// <summary>
    /// The console as a channel: a publisher for digests always, and an interactive prompt when the bot runs
    /// in a terminal (not with <c>ask</c>, and not when input is redirected, as in a container).
    /// </summary>
    public static IHostApplicationBuilder AddConsoleAdapter(this IHostApplicationBuilder builder, Invocation invocation)
    {
        builder.Services.TryAddSingleton(new ConsoleOutput(System.Console.Out));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelPublisher, ConsolePublisher>());
        if (!invocation.IsAsk && !System.Console.IsInputRedirected)
        {
            builder.Services.AddHostedService<InteractiveConsole>();
        }

        return builder;
    }
}
