namespace DigestBot.Host.Console;

/// <summary>
/// How the bot was started: <c>ask "/quotes speaker:Putin"</c> answers one command and exits; anything else
/// runs the bot. The command text is taken out of the arguments before configuration sees them, because
/// the command-line configuration provider would read "/quotes" as a switch.
/// </summary>
internal sealed record Invocation(string? AskText, string[] HostArgs)
{
    public bool IsAsk => AskText is not null;

    public static Invocation Parse(string[] args)
    {
        if (args.Length > 0 && args[0] == "ask")
        {
            return args.Length > 1
                ? new Invocation(args[1], args[2..])
                : new Invocation("", args[1..]);
        }

        return new Invocation(null, args);
    }
}
