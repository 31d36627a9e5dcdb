using DigestBot.Discord.Json;
using DigestBot.Discord.Rendering;

namespace DigestBot.Discord.Tests.Rendering;

/// <summary>Checks every Discord limit on rendered messages, counting both UTF-16 units and code points.</summary>
internal static class LimitAssert
{
    public static void WithinLimits(IReadOnlyList<DiscordMessage> messages)
    {
        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            Assert.NotNull(message.AllowedMentions);
            Assert.Empty(message.AllowedMentions.Parse);
            Assert.True((message.Content?.Length ?? 0) <= DiscordLimits.Content);
            var embeds = message.Embeds ?? [];
            Assert.InRange(embeds.Count, 1, DiscordLimits.EmbedsPerMessage);
            var total = 0;
            foreach (var embed in embeds)
            {
                Assert.True((embed.Title?.Length ?? 0) <= DiscordLimits.Title, $"title {embed.Title?.Length}");
                Assert.True((embed.Description?.Length ?? 0) <= DiscordLimits.Description, $"description {embed.Description?.Length}");
                Assert.True((embed.Footer?.Text.Length ?? 0) <= DiscordLimits.Footer);
                var fields = embed.Fields ?? [];
                Assert.True(fields.Count <= DiscordLimits.FieldsPerEmbed);
                foreach (var field in fields)
                {
                    Assert.InRange(field.Name.Length, 1, DiscordLimits.FieldName);
                    Assert.InRange(field.Value.Length, 1, DiscordLimits.FieldValue);
                }

                Assert.True(embed.Title is not null || embed.Description is not null || fields.Count > 0, "empty embed");
                total += (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
                    + fields.Sum(f => f.Name.Length + f.Value.Length);
            }

            Assert.True(total <= DiscordLimits.MessageTotal, $"message total {total}");
        }
    }

    public static string AllText(IReadOnlyList<DiscordMessage> messages) => string.Join("\n", messages.SelectMany(m => m.Embeds ?? []).SelectMany(e =>
        new[] { e.Title, e.Description, e.Footer?.Text }.Concat((e.Fields ?? []).SelectMany(f => new[] { f.Name, f.Value }))).Where(t => t is not null));
}
