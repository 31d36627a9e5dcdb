namespace DigestBot.Discord.Json;

/// <summary>A CHAT_INPUT command as sent to the bulk-overwrite routes.</summary>
internal sealed record ApplicationCommand(string Name, string Description, IReadOnlyList<ApplicationCommandOption> Options)
{
    public int Type => 1;
}
