using System.Text.Json.Serialization;

namespace DigestBot.Host.Sources;

/// <summary>Source-generated JSON Feed reading: no reflection, and a depth limit against nesting bombs.</summary>
[JsonSourceGenerationOptions(MaxDepth = 32, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(JsonFeedDocument))]
internal sealed partial class JsonFeedContext : JsonSerializerContext;
