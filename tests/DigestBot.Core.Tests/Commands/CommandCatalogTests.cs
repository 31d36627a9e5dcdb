using System.Text.RegularExpressions;
using DigestBot.Core.Commands;

namespace DigestBot.Core.Tests.Commands;

public sealed partial class CommandCatalogTests
{
    // Discord's rule for command and option names, the strictest of our platforms.
    [GeneratedRegex(@"^[-_a-z0-9]{1,32}$")]
    private static partial Regex NamePattern();

    [Fact]
    public void All_NamesAndDescriptions_FitEveryPlatform()
    {
        foreach (var command in CommandCatalog.All)
        {
            Assert.Matches(NamePattern(), command.Name);
            Assert.InRange(command.Description.Length, 1, 100);
            Assert.True(command.Options.Count <= 25);
            Assert.Equal(command.Options.Count, command.Options.Select(o => o.Name).Distinct().Count());
            foreach (var option in command.Options)
            {
                Assert.Matches(NamePattern(), option.Name);
                Assert.InRange(option.Description.Length, 1, 100);
            }

            // Discord wants required options first.
            var firstOptional = command.Options.ToList().FindIndex(o => !o.Required);
            Assert.True(firstOptional < 0 || command.Options.Skip(firstOptional).All(o => !o.Required), command.Name);
        }
    }

    [Fact]
    public void All_EveryExample_Parses()
    {
        foreach (var command in CommandCatalog.All)
        {
            var result = CommandParser.Parse(command.Example);
            Assert.True(result.Succeeded, $"{command.Example}: {result.Error?.Sections[0].Text}");
            Assert.Equal(command, result.Command);
        }
    }
}
