using DigestBot.Host;
using DigestBot.Host.Console;

var invocation = Invocation.Parse(args);
using var host = DigestBotApp.Build(invocation);

if (invocation.IsAsk)
{
    return await AskCommand.RunAsync(host, invocation.AskText!, CancellationToken.None);
}

await host.RunAsync();
return Environment.ExitCode;
