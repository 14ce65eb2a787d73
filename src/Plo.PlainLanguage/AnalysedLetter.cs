using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Reading;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage;

/// <summary>A letter read, split into parts, tokenized and segmented: what every rule looks at.</summary>
public sealed class AnalysedLetter
{
    private readonly SyllableCounter _syllables;
    private Metrics? _metrics;
    private readonly bool _sharedSyllables; // the shared counter's counts are kept on each spelling's word
    private readonly Dictionary<int, LetterDate?> _dates = [];

    public AnalysedLetter(
        LetterText letter,
        LetterMeta meta,
        DateOnly letterDate,
        RuleSet rules,
        SentenceSplitter splitter,
        SyllableCounter syllables
    )
    {
        _syllables = syllables;
        Text = letter.Text;
        LowerText = letter.Text.ToLowerInvariant();
        Meta = meta;
        LetterDate = letterDate;
        Rules = rules;
        Kind = rules.Kinds.TryGetValue(meta.Kind, out var kind)
            ? kind
            : rules.Kinds.GetValueOrDefault("other") ?? new KindRules();
        Blocks = LetterParts.Assign(letter.Blocks, rules.Sections);
        // Plain loops: this runs for every letter, and each LINQ step was an interface call per item.
        var body = new List<Block>(Blocks.Count);
        foreach (var block in Blocks)
        {
            if (block.Part == LetterPart.Body)
            {
                body.Add(block);
            }
        }

        var tokens = new Dictionary<Block, List<Token>>(body.Count, ReferenceEqualityComparer.Instance);
        var (bodyTokens, units) = (new List<Token>(Text.Length / 5), new List<Sentence>(body.Count * 2));
        foreach (var block in body)
        {
            var blockTokens = Tokenizer.Tokenize(block.Text, block.Start);
            tokens[block] = blockTokens;
            bodyTokens.AddRange(blockTokens);
            splitter.Split(block, Text, blockTokens, units);
        }

        BodyBlocks = body;
        BlockTokens = tokens;
        Units = units;
        Sentences = units.FindAll(u => !u.IsFragment);
        BodyTokens = bodyTokens;
        BodyStart = body.Count > 0 ? body[0].Start : 0;
        _sharedSyllables = ReferenceEquals(syllables, SyllableCounter.Default);
    }

    public string Text { get; }

    /// <summary>The text in lower case (same length and offsets) for case-blind searches without allocating.</summary>
    public string LowerText { get; }
    public LetterMeta Meta { get; }
    public DateOnly LetterDate { get; }
    public RuleSet Rules { get; }
    public KindRules Kind { get; }
    public IReadOnlyList<Block> Blocks { get; }
    public IReadOnlyList<Block> BodyBlocks { get; }
    public IReadOnlyDictionary<Block, List<Token>> BlockTokens { get; }

    // Units, sentences and tokens are lists, to be treated as read-only (as Sentence.Tokens): every rule walks them.

    /// <summary>Body sentences and list-item fragments, in order.</summary>
    public List<Sentence> Units { get; }

    /// <summary>Body sentences only (what sentence metrics count).</summary>
    public List<Sentence> Sentences { get; }

    /// <summary>Every token of the body, in order.</summary>
    public List<Token> BodyTokens { get; }
    public int BodyStart { get; }

    public bool IsUnborn => Kind.Unborn;

    public Metrics Metrics => _metrics ??= MetricsCalculator.Calculate(this);

    /// <summary>The body unit (sentence or fragment) that contains a position, if any.</summary>
    public Sentence? UnitAt(int position)
    {
        // Units are in the letter's order and do not overlap: the last one starting at or before the position.
        var (low, high) = (0, Units.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (Units[middle].Start <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && position < Units[high].End ? Units[high] : null;
    }

    public string Slice(int start, int length) => Text.Substring(start, length);

    /// <summary>Whether a span of the letter contains a phrase, ignoring case (the phrase given in lower
    /// case).</summary>
    public bool Contains(int start, int length, string lowerPhrase) =>
        LowerText.AsSpan(start, length).Contains(lowerPhrase.AsSpan(), StringComparison.Ordinal);

    /// <summary>Whether a unit contains any of the phrases (given in lower case): asked for every unit and every list
    /// of cues, so a loop over the list itself.</summary>
    public bool Contains(Sentence unit, List<string> lowerPhrases)
    {
        foreach (var phrase in lowerPhrases)
        {
            if (Contains(unit.Start, unit.Length, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Syllables of a word token (masked tokens have none: they stay out of syllable formulas).</summary>
    public int SyllablesOf(Token token) =>
        !token.IsWord ? 0
        : _sharedSyllables ? token.SharedSyllables
        : _syllables.Count(token.Text, token.Lower);

    /// <summary>What a date token says, read once per letter (several checks ask about the same dates).</summary>
    public LetterDate? DateOf(Token token)
    {
        if (!_dates.TryGetValue(token.Start, out var date))
        {
            _dates[token.Start] = date = Plo.PlainLanguage.Text.LetterDate.Parse(token.Text, LetterDate);
        }

        return date;
    }
}
