using DigestBot.Core.Commands;
using DigestBot.Discord.Json;
using DigestBot.Discord.Registration;

namespace DigestBot.Discord.Tests.Registration;

public sealed class CommandMapperTests
{
    [Fact]
    public void Map_Catalog_SpeakerAutocompletesAndLimitsCarryOver()
    {
        var quotes = CommandMapper.Map(CommandCatalog.All).Single(c => c.Name == "quotes");

        var speaker = quotes.Options.Single(o => o.Name == "speaker");
        var limit = quotes.Options.Single(o => o.Name == "limit");
        Assert.Equal(ApplicationCommandOptionType.String, speaker.Type);
        Assert.True(speaker.Autocomplete);
        Assert.Equal(ApplicationCommandOptionType.Integer, limit.Type);
        Assert.Equal(1, limit.MinValue);
        Assert.Equal(CommandCatalog.MaxLimit, limit.MaxValue);
    }

    [Fact]
    public void Map_EveryCatalogCommand_ValidForDiscord()
    {
        foreach (var command in CommandMapper.Map(CommandCatalog.All))
        {
            Assert.Matches("^[-_'\\p{L}\\p{N}]{1,32}$", command.Name);
            Assert.Equal(command.Name.ToLowerInvariant(), command.Name);
            Assert.InRange(command.Description.Length, 1, 100);
            Assert.True(command.Options.Count <= 25);
            var firstOptional = command.Options.ToList().FindIndex(o => o.Required != true);
            Assert.True(firstOptional < 0 || command.Options.Skip(firstOptional).All(o => o.Required != true), $"/{command.Name}: required options must come first");
            Assert.All(command.Options, o => Assert.False(o.Autocomplete == true && o.Choices is not null));
        }
    }

    [Fact]
    public void Map_NewCommandWithChoicesAndRequiredLast_ChoicesWinAndRequiredMovesFirst()
    {
        var definition = new CommandDefinition("schedule", "Set the digest schedule", [
            new OptionDefinition("when", "Cron", OptionType.String) { Autocomplete = true, Choices = ["daily", "weekly"] },
            new OptionDefinition("channel", "Channel id", OptionType.String) { Required = true, MinLength = 1, MaxLength = 20 },
        ]);

        var command = CommandMapper.Map(definition);

        Assert.Equal(["channel", "when"], command.Options.Select(o => o.Name));
        var when = command.Options[1];
        Assert.Null(when.Autocomplete);
        Assert.Equal(["daily", "weekly"], when.Choices!.Select(c => c.Value));
        Assert.Equal(1, command.Options[0].MinLength);
        Assert.Equal(20, command.Options[0].MaxLength);
    }
}
