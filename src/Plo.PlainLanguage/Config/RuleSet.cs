namespace Plo.PlainLanguage.Config;

/// <summary>
/// Everything a council may tune without recompiling: thresholds, word lists, the jargon glossary
/// and the cues for the required parts of each kind of letter (data file plain-language-rules.json).
/// Properties here are settable, not init-only: compile-time JSON metadata (<see cref="Model.PlainLanguageJson"/>)
/// assigns every init-only property, so one missing from a council's file would be null, not its default.
/// </summary>
public sealed class RuleSet
{
    public Thresholds Thresholds { get; set; } = new();
    public List<string> Abbreviations { get; set; } = [];
    public SectionCues Sections { get; set; } = new();
    public AcronymLists Acronyms { get; set; } = new();
    public List<GlossaryEntry> Glossary { get; set; } = [];
    public List<string> ExplanationStarts { get; set; } = [];
    public List<string> ExplanationHeadings { get; set; } = [];
    public List<Replacement> Latin { get; set; } = [];
    public PassiveLists Passive { get; set; } = new();
    public NominalisationLists Nominalisation { get; set; } = new();
    public NegationLists Negation { get; set; } = new();
    public AddressLists Address { get; set; } = new();
    public ChildLists Child { get; set; } = new();
    public List<Replacement> Blame { get; set; } = [];
    public VagueLists Vague { get; set; } = new();
    public List<Replacement> PlainWords { get; set; } = [];
    public List<string> LongWordAllow { get; set; } = [];
    public DateLists Dates { get; set; } = new();
    public Dictionary<string, SlotCues> Slots { get; set; } = [];
    public Dictionary<string, KindRules> Kinds { get; set; } = [];
}

public sealed class Thresholds
{
    public int SentenceInfoWords { get; set; } = 21;
    public int SentenceWarningWords { get; set; } = 26;
    public int SentenceErrorWords { get; set; } = 36;
    public int AverageSentenceMinSentences { get; set; } = 5;
    public double AverageSentenceWarning { get; set; } = 20;
    public double AverageSentenceError { get; set; } = 25;
    public double ReadingGradeWarning { get; set; } = 6;
    public double ReadingEaseWarning { get; set; } = 70;
    public int ReadingMinWordsForError { get; set; } = 100;
    public double ReadingGradeError { get; set; } = 9;
    public double ReadingEaseError { get; set; } = 50;
    public int HardSentenceMinWords { get; set; } = 14;
    public double HardSentenceInfoAri { get; set; } = 10;
    public double HardSentenceWarningAri { get; set; } = 14;
    public int LongWordSyllables { get; set; } = 4;
    public int LongWordLetters { get; set; } = 13;
    public double PolysyllabicShareWarning { get; set; } = 0.15;
    public double PassiveShareWarning { get; set; } = 0.10;
    public double PassiveShareError { get; set; } = 0.25;
    public double NominalisationsPer100Warning { get; set; } = 3;
    public double YouShareInfo { get; set; } = 0.30;
    public int MeetingNoticeWorkingDays { get; set; } = 5;
    public int ParagraphSentences { get; set; } = 5;
    public int ParagraphWords { get; set; } = 100;
    public int LetterWords { get; set; } = 1200;
    public int MaxInputCharacters { get; set; } = 204_800;
}

public sealed class SectionCues
{
    public List<string> Salutations { get; set; } = [];
    public List<string> SignOffs { get; set; } = [];
}

public sealed class AcronymLists
{
    public List<string> Allow { get; set; } = [];
    public List<string> ChildrensSocialCare { get; set; } = [];
}

public sealed class GlossaryEntry
{
    public List<string> Terms { get; set; } = [];

    /// <summary><c>explain</c>: explain at first use; <c>avoid</c>: use the plain wording instead.</summary>
    public string Status { get; set; } = "avoid";

    public string Suggestion { get; set; } = "";

    /// <summary>When set, the term counts only inside one of these phrases (a word with several senses, like
    /// "contact").</summary>
    public List<string> OnlyWith { get; set; } = [];
}

public sealed class Replacement
{
    public string Term { get; set; } = "";
    public string Suggestion { get; set; } = "";
    public bool Govuk { get; set; }
    public List<string> NotBefore { get; set; } = [];

    /// <summary>A court or Latin phrase a parent cannot be expected to know: an error unless the same sentence
    /// explains it.</summary>
    public bool Blocking { get; set; }
}

public sealed class PassiveLists
{
    public List<string> BeForms { get; set; } = [];
    public List<string> Adverbs { get; set; } = [];
    public List<string> Exceptions { get; set; } = [];

    /// <summary>Events told in the passive that hide nobody ("was taken to hospital"), from the participle on.
    /// </summary>
    public List<string> ExceptionPhrases { get; set; } = [];
    public List<string> NotParticiples { get; set; } = [];
    public List<string> IrregularParticiples { get; set; } = [];
    public List<string> CouncilActions { get; set; } = [];
    public List<string> CouncilSubjects { get; set; } = [];
}

public sealed class NominalisationLists
{
    public List<string> LightVerbs { get; set; } = [];
    public List<string> Suffixes { get; set; } = [];
    public Dictionary<string, string> Nouns { get; set; } = [];
    public List<string> NotNominal { get; set; } = [];
}

public sealed class NegationLists
{
    public List<string> Negators { get; set; } = [];
    public List<string> NegativeWords { get; set; } = [];
    public List<string> NegativePrefixes { get; set; } = [];
}

public sealed class AddressLists
{
    public List<string> ThirdPerson { get; set; } = [];
    public List<string> CouncilAsSubject { get; set; } = [];
}

public sealed class ChildLists
{
    public List<string> Generic { get; set; } = [];
    public List<string> UnbornNaming { get; set; } = [];
}

public sealed class VagueLists
{
    public List<string> Terms { get; set; } = [];
    public List<string> ExceptIn { get; set; } = [];
    public List<string> Weasel { get; set; } = [];
    public List<string> ExpectationCues { get; set; } = [];

    /// <summary>Deadlines that are no deadline: an error in something the letter asks the parent to do.</summary>
    public List<string> Deadlines { get; set; } = [];
}

public sealed class DateLists
{
    public List<string> Relative { get; set; } = [];
    public List<string> RelativeWithin { get; set; } = [];
}

public sealed class SlotCues
{
    public string Name { get; set; } = "";
    public List<string> Headings { get; set; } = [];
    public List<string> Cues { get; set; } = [];
    public List<string> EventCues { get; set; } = [];
    public List<string> ServiceCues { get; set; } = [];
    public List<string> DecideCues { get; set; } = [];
    public List<string> FreeCues { get; set; } = [];
    public List<string> TakeLetterCues { get; set; } = [];
    public List<string> FindCues { get; set; } = [];
    public List<string> PlaceCues { get; set; } = [];
    public List<string> SolicitorCues { get; set; } = [];
    public List<string> WhoCues { get; set; } = [];
    public List<string> LawyerCues { get; set; } = [];

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
    public List<string> Required { get; set; } = [];
    public List<string> Recommended { get; set; } = [];
    public List<string> Optional { get; set; } = [];
    public bool NeedsMeeting { get; set; }
    public bool Unborn { get; set; }
}
