using DigestBot.Core.Commands;

namespace DigestBot.Host.Console;

/// <summary>The local chat channel: type a command, read the reply. <c>exit</c> or end of input stops the bot.</summary>
internal sealed class InteractiveConsole(
    CommandCore core,
    ConsoleOutput output,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private const string Prompt = "digestbot> ";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up logs settle first, and never block start-up on a console read.
        await Task.Yield();
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        await output.WriteAsync($"DigestBot is ready. Try /help, /quotes speaker:Putin or /figures. Type exit to stop.{Environment.NewLine}", stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await output.WriteAsync(Prompt, stoppingToken);
            var line = await System.Console.In.ReadLineAsync(stoppingToken);
            if (line is null || line.Trim() is "exit" or "quit")
            {
                lifetime.StopApplication();
                return;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var reply = await core.ExecuteAsync(line, ConsoleCaller.Context, stoppingToken);
            await output.WriteAsync(ConsoleRenderer.Render(reply) + Environment.NewLine, stoppingToken);
        }
    }
}
