namespace DigestBot.Discord.Json;

internal sealed record AutocompleteData(IReadOnlyList<CommandChoice> Choices);
