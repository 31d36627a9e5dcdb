using System.Buffers;

namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>A growable token array rented from <see cref="ArrayPool{T}"/>, so tokenizing an article allocates nothing.</summary>
internal struct TokenBuffer(int capacity)
{
    public Token[] Items { get; private set; } = ArrayPool<Token>.Shared.Rent(capacity);

    public int Count { get; private set; }

    public void Add(Token token)
    {
        if (Count == Items.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(Items.Length * 2);
            Array.Copy(Items, larger, Count);
            ArrayPool<Token>.Shared.Return(Items);
            Items = larger;
        }

        Items[Count++] = token;
    }
}
