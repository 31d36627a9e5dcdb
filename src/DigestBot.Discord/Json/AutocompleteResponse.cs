namespace DigestBot.Discord.Json;

internal sealed record AutocompleteResponse(AutocompleteData Data)
{
    public int Type => InteractionCallbackType.AutocompleteResult;
}
