using System.Net;
using System.Text.Json;
using DigestBot.Core.Material.Store;
using DigestBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DigestBot.Discord.Tests.Interactions;

public sealed class InteractionEndpointTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private readonly TestSigner _signer = new();
    private FakeDiscordServer _discord = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync(_time);
        _bot = await BotHost.StartAsync(BotHost.HttpConfig(_signer.PublicKeyHex, _discord.ApiBase), _time, SampleMaterial.PutinStore());
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task Post_SignedPing_AnswersPong()
    {
        using var response = await _bot.PostSignedAsync(_signer, Fakes.Interactions.Ping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_SignedQuotesSpeakerPutin_AnswersInlineWithEveryPutinQuote()
    {
        var snapshot = SampleMaterial.PutinSnapshot();
        var putin = Assert.Single(snapshot.ResolveSpeaker("Putin"));
        var expected = snapshot.QuoteIdsBy(putin).Select(i => snapshot.Quotes[i].Quote.Text).ToList();

        using var response = await _bot.PostSignedAsync(_signer, Fakes.Interactions.Command("quotes", """[{"name":"speaker","type":3,"value":"Putin"}]"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("type").GetInt32());
        var data = root.GetProperty("data");
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(data.TryGetProperty("flags", out _));
        var embeds = data.GetProperty("embeds");
        Assert.Contains(putin, embeds[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        var text = string.Join("\n", embeds.EnumerateArray().Select(e => e.GetProperty("description").GetString()));
        Assert.NotEmpty(expected);
        Assert.All(expected, quote => Assert.Contains(Unescaped(quote), text.Replace("\\", "", StringComparison.Ordinal).Replace("\u200B", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Equal(expected.Count, CountOf(text, "— **"));
        Assert.Empty(_discord.Requests);
    }

    [Fact]
    public async Task Post_CapturedBadPing_Answers401()
    {
        await using var bot = await BotHost.StartAsync(BotHost.HttpConfig(Vectors.DiscordPublicKey, _discord.ApiBase), _time, new MaterialStore());
        var (timestamp, signature, body) = Vectors.DiscordInvalidPing;

        using var response = await bot.PostAsync(body, timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_CapturedDiscordRequest_IsAccepted()
    {
        await using var bot = await BotHost.StartAsync(BotHost.HttpConfig(Vectors.DiscordPublicKey, _discord.ApiBase), _time, new MaterialStore());
        var (timestamp, signature, body) = Vectors.DiscordValid;

        using var response = await bot.PostAsync(body, timestamp, signature);

        // "/ping" is not a DigestBot command: a verified request still gets a polite, ephemeral answer.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(4, json.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(64, json.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Post_Unsigned_Answers401()
    {
        using var response = await _bot.PostAsync(Fakes.Interactions.Ping, timestamp: null, signature: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AlteredBody_Answers401()
    {
        var signature = _signer.Sign("1700000000", Fakes.Interactions.Ping);

        using var response = await _bot.PostAsync(Fakes.Interactions.Ping.Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal), "1700000000", signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AlteredTimestamp_Answers401()
    {
        var signature = _signer.Sign("1700000000", Fakes.Interactions.Ping);

        using var response = await _bot.PostAsync(Fakes.Interactions.Ping, "1700000001", signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedByAnotherKey_Answers401()
    {
        using var other = new TestSigner();

        using var response = await _bot.PostSignedAsync(other, Fakes.Interactions.Ping);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"type":2,"token":"t"}""")]
    [InlineData("""{"id":"1","token":"t"}""")]
    [InlineData("[1,2]")]
    public async Task Post_SignedButNotAnInteraction_Answers400(string body)
    {
        using var response = await _bot.PostSignedAsync(_signer, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_AutocompleteLastNamePrefix_SuggestsSpeaker()
    {
        using var response = await _bot.PostSignedAsync(_signer, Fakes.Interactions.Autocomplete("put"));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(8, json.RootElement.GetProperty("type").GetInt32());
        var choices = json.RootElement.GetProperty("data").GetProperty("choices");
        Assert.InRange(choices.GetArrayLength(), 1, 25);
        Assert.Contains(choices.EnumerateArray(), c => c.GetProperty("value").GetString()!.Contains("Putin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_UnknownOptionValue_AnswersEphemeralError()
    {
        using var response = await _bot.PostSignedAsync(_signer, Fakes.Interactions.Command("quotes", """[{"name":"speaker","type":3,"value":"Nobody Atall"}]"""));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(4, json.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(64, json.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Post_SlowCore_DefersThenEditsOriginal()
    {
        using var gate = new ManualResetEventSlim();
        var snapshot = SampleMaterial.PutinSnapshot();
        var store = new Mock<IMaterialStore>();
        store.SetupGet(s => s.Current).Returns(() =>
        {
            // The digest reads the snapshot synchronously while composing: blocking here makes it "slow".
            gate.Wait(TimeSpan.FromSeconds(30));
            return snapshot;
        });
        await using var bot = await BotHost.StartAsync(BotHost.HttpConfig(_signer.PublicKeyHex, _discord.ApiBase), _time, store.Object);

        var posting = bot.PostSignedAsync(_signer, Fakes.Interactions.Command("digest"));
        using var response = await _time.AdvanceUntilAsync(posting);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(5, json.RootElement.GetProperty("type").GetInt32());

        gate.Set();
        var edit = await _discord.NextRequestAsync();
        Assert.Equal("PATCH", edit.Method);
        Assert.Equal("webhooks/658822586720976907/interaction-token-1/messages/@original", edit.Path);
        Assert.Empty(edit.Authorization ?? "");
        using var body = JsonDocument.Parse(edit.Body);
        Assert.Equal(0, body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.StartsWith("Briefing for", body.RootElement.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapDiscordInteractions_GatewayMode_MapsNothing()
    {
        var config = BotHost.HttpConfig(_signer.PublicKeyHex, _discord.ApiBase);
        config["Discord:Mode"] = "Gateway";
        config["Discord:GatewayUrl"] = _discord.GatewayUrl.ToString();
        config["Discord:Enabled"] = "false";
        await using var bot = await BotHost.StartAsync(config, _time, new MaterialStore());

        using var response = await bot.PostSignedAsync(_signer, Fakes.Interactions.Ping);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Unescaped(string quote) => quote.Replace("\\", "", StringComparison.Ordinal);

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
