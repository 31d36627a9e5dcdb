using System.Buffers;
using System.Text;
using DigestBot.Slack.Signing;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Slack.Tests.Signing;

public sealed class SlackSignatureVerifierTests
{
    // Slack's own example ("Verifying requests from Slack"), as used by the python-slack-sdk and bolt-js tests;
    // also in shared/test-vectors.json.
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly FakeTimeProvider Clock = new(DateTimeOffset.FromUnixTimeSeconds(1531420618));

    private static SignatureCheck Check(string? timestamp, string? signature, string body, TimeProvider? clock = null) =>
        new SlackSignatureVerifier(Secret, clock ?? Clock).Verify(timestamp, signature, new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void Verify_OfficialVector_IsValid()
    {
        Assert.Equal(362, Encoding.UTF8.GetByteCount(Body));
        Assert.Equal(SignatureCheck.Valid, Check(Timestamp, Signature, Body));
    }

    [Fact]
    public void Sign_OfficialVector_ReproducesSlacksSignature() =>
        Assert.Equal(Signature, new SlackSignatureVerifier(Secret, Clock).Sign(Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_BodyWithDashesAppended_IsMismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, Check(Timestamp, Signature, Body + "------"));

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(361)]
    public void Verify_OneByteChanged_IsMismatch(int index)
    {
        var bytes = Encoding.UTF8.GetBytes(Body);
        bytes[index] ^= 0x01;
        Assert.Equal(SignatureCheck.Mismatch, Check(Timestamp, Signature, Encoding.UTF8.GetString(bytes)));
    }

    [Fact]
    public void Verify_SignatureWithOneHexDigitChanged_IsMismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, Check(Timestamp, Signature[..^1] + "4", Body));

    [Fact]
    public void Verify_UppercaseHex_IsValid() =>
        Assert.Equal(SignatureCheck.Valid, Check(Timestamp, "v0=" + Signature[3..].ToUpperInvariant(), Body));

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86_400)]
    public void Verify_TimestampOutsideFiveMinutes_IsStale(int secondsLater)
    {
        var later = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618 + secondsLater));
        Assert.Equal(SignatureCheck.Stale, Check(Timestamp, Signature, Body, later));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    public void Verify_TimestampAtWindowEdge_IsValid(int secondsLater)
    {
        var later = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618 + secondsLater));
        Assert.Equal(SignatureCheck.Valid, Check(Timestamp, Signature, Body, later));
    }

    [Theory]
    [InlineData(null, Signature)]
    [InlineData(Timestamp, null)]
    [InlineData("", "")]
    public void Verify_MissingHeader_IsMissingHeaders(string? timestamp, string? signature) =>
        Assert.Equal(SignatureCheck.MissingHeaders, Check(timestamp, signature, Body));

    [Theory]
    [InlineData("abc")]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("99999999999999999999999")]
    public void Verify_TimestampNotUnixSeconds_IsBadTimestamp(string timestamp) =>
        Assert.Equal(SignatureCheck.BadTimestamp, Check(timestamp, Signature, Body));

    [Fact]
    public void Verify_OtherVersionPrefix_IsUnknownVersion() =>
        Assert.Equal(SignatureCheck.UnknownVersion, Check(Timestamp, "v1=" + Signature[3..], Body));

    [Theory]
    [InlineData("v0=")]
    [InlineData("v0=zz14d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50")]
    public void Verify_MalformedHex_IsMismatch(string signature) =>
        Assert.Equal(SignatureCheck.Mismatch, Check(Timestamp, signature, Body));

    [Fact]
    public void Verify_BodyInSeveralSegments_IsValid()
    {
        var bytes = Encoding.UTF8.GetBytes(Body);
        var first = new Segment(bytes.AsMemory(0, 100));
        var last = first.Append(bytes.AsMemory(100));
        var sequence = new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        Assert.Equal(SignatureCheck.Valid, new SlackSignatureVerifier(Secret, Clock).Verify(Timestamp, Signature, sequence));
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
