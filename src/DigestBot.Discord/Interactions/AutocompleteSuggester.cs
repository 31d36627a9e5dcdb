using DigestBot.Core.Commands;
using DigestBot.Core.Material.Store;
using DigestBot.Discord.Json;
using DigestBot.Discord.Rendering;

namespace DigestBot.Discord.Interactions;

/// <summary>
/// Choices for an option declared with <see cref="OptionDefinition.Autocomplete"/>, from the in-memory
/// store: speakers by full-name or last-name prefix, at most 25, as Discord allows.
/// </summary>
internal sealed class AutocompleteSuggester(IMaterialStore store)
{
    public IReadOnlyList<CommandChoice> Suggest(string commandName, string optionName, string typed)
    {
        var option = CommandCatalog.Find(commandName)?.FindOption(optionName);
        if (option is not { Autocomplete: true })
        {
            return [];
        }

        return option.Name switch
        {
            "speaker" => store.Current.SuggestSpeakers(typed, DiscordLimits.AutocompleteChoices)
                .Where(s => s.Name.Length <= DiscordLimits.ChoiceValue)
                .Select(s => new CommandChoice(TextSplitter.Clip($"{s.Name} ({s.QuoteCount} quote{(s.QuoteCount == 1 ? "" : "s")})", DiscordLimits.ChoiceName), s.Name))
                .ToArray(),
            _ => [],
        };
    }
}
