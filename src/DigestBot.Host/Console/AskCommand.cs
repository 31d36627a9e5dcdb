using DigestBot.Core.Commands;

namespace DigestBot.Host.Console;

/// <summary>One command from the command line: print the reply, exit 0, or 2 when the command was wrong.</summary>
internal static class AskCommand
{
    public const int BadCommand = 2;

    public static async Task<int> RunAsync(IHost host, string text, CancellationToken cancellationToken)
    {
        await host.StartAsync(cancellationToken);
        try
        {
            var core = host.Services.GetRequiredService<CommandCore>();
            var reply = await core.ExecuteAsync(text, ConsoleCaller.Context, cancellationToken);
            var rendered = ConsoleRenderer.Render(reply);
            if (reply.IsError)
            {
                await System.Console.Error.WriteAsync(rendered);
                return BadCommand;
            }

            await System.Console.Out.WriteAsync(rendered);
            return 0;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
