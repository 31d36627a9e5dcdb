using System.Text.Json;
using DigestBot.Discord.Interactions;
using DigestBot.Discord.Json;

namespace DigestBot.Discord.Tests.Interactions;

public sealed class InteractionMapperTests
{
    [Fact]
    public void Options_StringNumberAndBoolean_ReadAsTheTextTheCoreBinds()
    {
        var interaction = Read("""
            {"id":"1","type":2,"token":"t","data":{"name":"quotes","options":[
              {"name":"speaker","type":3,"value":"Vladimir \"V\" Putin"},
              {"name":"limit","type":4,"value":12},
              {"name":"ratio","type":10,"value":2.5e1},
              {"name":"flag","type":5,"value":true},
              {"name":"odd","type":3,"value":{"nested":[1,2]}},
              {"name":"none","type":3,"value":null}
            ]}}
            """);

        var options = InteractionMapper.Options(interaction.Data);

        Assert.Equal(
            [("speaker", "Vladimir \"V\" Putin"), ("limit", "12"), ("ratio", "2.5e1"), ("flag", "true")],
            options.Select(o => (o.Name, o.Value)));
    }

    [Fact]
    public void Focused_AutocompleteOption_FoundWithWhatWasTyped()
    {
        var interaction = Read("""
            {"id":"1","type":4,"token":"t","data":{"name":"quotes","options":[
              {"name":"limit","type":4,"value":3},
              {"name":"speaker","type":3,"value":"Pu","focused":true}
            ]}}
            """);

        var focused = InteractionMapper.Focused(interaction.Data);

        Assert.Equal(("speaker", "Pu"), (focused?.Name, focused?.Value));
    }

    private static Interaction Read(string json)
    {
        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction);
        Assert.NotNull(interaction);
        Assert.True(interaction.IsWellFormed);
        return interaction;
    }
}
