using System.Buffers;

namespace DigestBot.Core.Material.Extraction.Quotes;

/// <summary>
/// Pairs quotation marks paragraph by paragraph: curly, straight (direction read from the neighbouring
/// characters), mixed pairs (“…" as typed by hurried editors), guillemets, and single marks at the top level.
/// Marks inside markup tags (&lt;tweet id="…"&gt;) are skipped. Single marks inside a double quotation are
/// nested quotations and stay part of it. An unclosed mark at a paragraph end counts only when the next
/// paragraph opens with a mark (continued speech); otherwise it is a stray and is dropped.
/// </summary>
internal static class QuoteScanner
{
    private const int LongestTag = 400;

    // The characters Run acts on: a tag opener and every quotation mark.
    private static readonly SearchValues<char> Interesting = SearchValues.Create("<\"“”«»„‘’'");

    public static List<QuotedSpan> Scan(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var found = new List<QuotedSpan>(paragraphs.Count);
        var carried = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            carried = new ParagraphScan(text, paragraphs, p, carried, found).Run();
        }

        return found;
    }

    private ref struct ParagraphScan(string text, IReadOnlyList<TextSpan> paragraphs, int index, bool carried, List<QuotedSpan> found)
    {
        private readonly TextSpan _paragraph = paragraphs[index];
        private int _open = -1;
        private bool _single;
        private bool _first = true;

        /// <summary>Scans the paragraph; true when it ends inside a quotation that the next paragraph reopens.</summary>
        public bool Run()
        {
            // Only marks and tag openers matter: jump from one to the next rather than test every character.
            for (var i = _paragraph.Start; i < _paragraph.End; i++)
            {
                var next = text.AsSpan(i, _paragraph.End - i).IndexOfAny(Interesting);
                if (next < 0)
                {
                    break;
                }

                i += next;
                var c = text[i];
                if (c == '<' && TagEnd(i) is var tagEnd && tagEnd > 0)
                {
                    i = tagEnd;
                    continue;
                }

                if (c is '"' or '“' or '”' or '«' or '»' or '„')
                {
                    Double(i, c);
                }
                else if (c is '‘' or '’' or '\'')
                {
                    Single(i, c);
                }
            }

            if (_open >= 0 && !_single && NextParagraphOpens())
            {
                Emit(_paragraph.End, -1);
                return true;
            }

            return false;
        }

        private void Double(int i, char c)
        {
            var opens = QuoteMarks.OpensHere(text, i, _paragraph);
            var closes = QuoteMarks.ClosesHere(text, i, _paragraph);
            if (_open < 0 || _single)
            {
                // A closing-only mark with nothing open is a stray; anything else opens (even glued “word).
                var opener = c == '"' ? opens || !closes : QuoteMarks.IsDoubleOpening(c) || opens;
                if (opener)
                {
                    Open(i, single: false);
                }

                return;
            }

            if (QuoteMarks.IsDoubleOpening(c) ? closes && !opens : !(opens && !closes) || QuoteMarks.IsDoubleClosing(c))
            {
                Emit(i, i);
            }
            else
            {
                // A second opening mark: the first one was never closed, so start again from here.
                Open(i, single: false);
            }
        }

        private void Single(int i, char c)
        {
            if (_open >= 0 && !_single)
            {
                return; // nested quotation inside a double one
            }

            var next = i + 1 < _paragraph.End ? text[i + 1] : ' ';
            if (_open < 0)
            {
                if (c is '‘' or '\'' && QuoteMarks.OpensHere(text, i, _paragraph) && char.IsLetter(next))
                {
                    Open(i, single: true);
                }

                return;
            }

            if (c is '’' or '\'' && QuoteMarks.ClosesHere(text, i, _paragraph))
            {
                Emit(i, i);
            }
        }

        private void Open(int i, bool single)
        {
            _open = i;
            _single = single;
        }

        private void Emit(int contentEnd, int closeMark)
        {
            var start = _open + 1;
            var end = contentEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                var fromPrevious = carried && _first && _open == _paragraph.Start;
                found.Add(new QuotedSpan(new TextSpan(start, end), _open, closeMark, index, fromPrevious) { IsSingleMarked = _single });
                _first = false;
            }

            _open = -1;
            _single = false;
        }

        private readonly bool NextParagraphOpens()
        {
            if (index + 1 >= paragraphs.Count)
            {
                return false;
            }

            var next = paragraphs[index + 1];
            return next.Length > 0 && text[next.Start] is '"' or '“' or '«' or '„';
        }

        // Markup such as <tweet id="123" author="@x"> carries attribute values in quotation marks.
        private readonly int TagEnd(int i)
        {
            if (i + 1 >= _paragraph.End || !(char.IsLetter(text[i + 1]) || text[i + 1] == '/'))
            {
                return -1;
            }

            var limit = Math.Min(_paragraph.End, i + LongestTag);
            for (var j = i + 1; j < limit; j++)
            {
                if (text[j] == '>')
                {
                    return j;
                }

                if (text[j] == '<')
                {
                    return -1;
                }
            }

            return -1;
        }
    }
}
