namespace Plo.PlainLanguage.Config;

/// <summary>
/// Everything a council may tune without recompiling: thresholds, word lists, the jargon glossary
/// and the cues for the required parts of each kind of letter (data file plain-language-rules.json).
/// </summary>
public sealed class RuleSet
{
    public Thresholds Thresholds { get; init; } = new();
    public List<string> Abbreviations { get; init; } = [];
    public SectionCues Sections { get; init; } = new();
    public AcronymLists Acronyms { get; init; } = new();
    public List<GlossaryEntry> Glossary { get; init; } = [];
    public List<string> ExplanationStarts { get; init; } = [];
    public List<string> ExplanationHeadings { get; init; } = [];
    public List<Replacement> Latin { get; init; } = [];
    public PassiveLists Passive { get; init; } = new();
    public NominalisationLists Nominalisation { get; init; } = new();
    public NegationLists Negation { get; init; } = new();
    public AddressLists Address { get; init; } = new();
    public ChildLists Child { get; init; } = new();
    public List<Replacement> Blame { get; init; } = [];
    public VagueLists Vague { get; init; } = new();
    public List<Replacement> PlainWords { get; init; } = [];
    public List<string> LongWordAllow { get; init; } = [];
    public DateLists Dates { get; init; } = new();
    public Dictionary<string, SlotCues> Slots { get; init; } = [];
    public Dictionary<string, KindRules> Kinds { get; init; } = [];
}

public sealed class Thresholds
{
    public int SentenceInfoWords { get; init; } = 21;
    public int SentenceWarningWords { get; init; } = 26;
    public int SentenceErrorWords { get; init; } = 36;
    public int AverageSentenceMinSentences { get; init; } = 5;
    public double AverageSentenceWarning { get; init; } = 20;
    public double AverageSentenceError { get; init; } = 25;
    public double ReadingGradeWarning { get; init; } = 6;
    public double ReadingEaseWarning { get; init; } = 70;
    public int ReadingMinWordsForError { get; init; } = 100;
    public double ReadingGradeError { get; init; } = 9;
    public double ReadingEaseError { get; init; } = 50;
    public int HardSentenceMinWords { get; init; } = 14;
    public double HardSentenceInfoAri { get; init; } = 10;
    public double HardSentenceWarningAri { get; init; } = 14;
    public int LongWordSyllables { get; init; } = 4;
    public int LongWordLetters { get; init; } = 13;
    public double PolysyllabicShareWarning { get; init; } = 0.15;
    public double PassiveShareWarning { get; init; } = 0.10;
    public double PassiveShareError { get; init; } = 0.25;
    public double NominalisationsPer100Warning { get; init; } = 3;
    public double YouShareInfo { get; init; } = 0.30;
    public int MeetingNoticeWorkingDays { get; init; } = 5;
    public int ParagraphSentences { get; init; } = 5;
    public int ParagraphWords { get; init; } = 100;
    public int LetterWords { get; init; } = 1200;
    public int MaxInputCharacters { get; init; } = 204_800;
}

public sealed class SectionCues
{
    public List<string> Salutations { get; init; } = [];
    public List<string> SignOffs { get; init; } = [];
}

public sealed class AcronymLists
{
    public List<string> Allow { get; init; } = [];
    public List<string> ChildrensSocialCare { get; init; } = [];
}

public sealed class GlossaryEntry
{
    public List<string> Terms { get; init; } = [];

    /// <summary><c>explain</c>: explain at first use; <c>avoid</c>: use the plain wording instead.</summary>
    public string Status { get; init; } = "avoid";

    public string Suggestion { get; init; } = "";

    /// <summary>When set, the term counts only inside one of these phrases (a word with several senses, like
    /// "contact").</summary>
    public List<string> OnlyWith { get; init; } = [];
}

public sealed class Replacement
{
    public string Term { get; init; } = "";
    public string Suggestion { get; init; } = "";
    public bool Govuk { get; init; }
    public List<string> NotBefore { get; init; } = [];

    /// <summary>A court or Latin phrase a parent cannot be expected to know: an error unless the same sentence
    /// explains it.</summary>
    public bool Blocking { get; init; }
}

public sealed class PassiveLists
{
    public List<string> BeForms { get; init; } = [];
    public List<string> Adverbs { get; init; } = [];
    public List<string> Exceptions { get; init; } = [];

    /// <summary>Events told in the passive that hide nobody ("was taken to hospital"), from the participle on.
    /// </summary>
    public List<string> ExceptionPhrases { get; init; } = [];
    public List<string> NotParticiples { get; init; } = [];
    public List<string> IrregularParticiples { get; init; } = [];
    public List<string> CouncilActions { get; init; } = [];
    public List<string> CouncilSubjects { get; init; } = [];
}

public sealed class NominalisationLists
{
    public List<string> LightVerbs { get; init; } = [];
    public List<string> Suffixes { get; init; } = [];
    public Dictionary<string, string> Nouns { get; init; } = [];
    public List<string> NotNominal { get; init; } = [];
}

public sealed class NegationLists
{
    public List<string> Negators { get; init; } = [];
    public List<string> NegativeWords { get; init; } = [];
    public List<string> NegativePrefixes { get; init; } = [];
}

public sealed class AddressLists
{
    public List<string> ThirdPerson { get; init; } = [];
    public List<string> CouncilAsSubject { get; init; } = [];
}

public sealed class ChildLists
{
    public List<string> Generic { get; init; } = [];
    public List<string> UnbornNaming { get; init; } = [];
}

public sealed class VagueLists
{
    public List<string> Terms { get; init; } = [];
    public List<string> ExceptIn { get; init; } = [];
    public List<string> Weasel { get; init; } = [];
    public List<string> ExpectationCues { get; init; } = [];

    /// <summary>Deadlines that are no deadline: an error in something the letter asks the parent to do.</summary>
    public List<string> Deadlines { get; init; } = [];
}

public sealed class DateLists
{
    public List<string> Relative { get; init; } = [];
    public List<string> RelativeWithin { get; init; } = [];
}

public sealed class SlotCues
{
    public string Name { get; init; } = "";
    public List<string> Headings { get; init; } = [];
    public List<string> Cues { get; init; } = [];
    public List<string> EventCues { get; init; } = [];
    public List<string> ServiceCues { get; init; } = [];
    public List<string> DecideCues { get; init; } = [];
    public List<string> FreeCues { get; init; } = [];
    public List<string> TakeLetterCues { get; init; } = [];
    public List<string> FindCues { get; init; } = [];
    public List<string> PlaceCues { get; init; } = [];
    public List<string> SolicitorCues { get; init; } = [];
    public List<string> WhoCues { get; init; } = [];
    public List<string> LawyerCues { get; init; } = [];

    /// <summary>The same cues in lower case, for case-blind matching against the letter's lower-case text.</summary>
    public SlotCues Lowered() =>
        new()
        {
            Name = Name,
            Headings = Lower(Headings),
            Cues = Lower(Cues),
            EventCues = Lower(EventCues),
            ServiceCues = Lower(ServiceCues),
            DecideCues = Lower(DecideCues),
            FreeCues = Lower(FreeCues),
            TakeLetterCues = Lower(TakeLetterCues),
            FindCues = Lower(FindCues),
            PlaceCues = Lower(PlaceCues),
            SolicitorCues = Lower(SolicitorCues),
            WhoCues = Lower(WhoCues),
            LawyerCues = Lower(LawyerCues),
        };

    private static List<string> Lower(List<string> cues) => [.. cues.Select(c => c.ToLowerInvariant())];
}

public sealed class KindRules
{
    public List<string> Required { get; init; } = [];
    public List<string> Recommended { get; init; } = [];
    public List<string> Optional { get; init; } = [];
    public bool NeedsMeeting { get; init; }
    public bool Unborn { get; init; }
}
