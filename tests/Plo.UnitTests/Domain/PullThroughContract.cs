using Plo.Domain.Cases;
using Plo.Domain.Common;
using Plo.Domain.Meetings;

namespace Plo.UnitTests.Domain;

/// <summary>
/// The pulling-through rule, one suite run against every kind of session that uses it (meetings and supervision):
/// each session lists every open action from earlier sessions and refuses to be saved until each has a result.
/// </summary>
public abstract class PullThroughContract
{
    protected static readonly DateOnly Entered = new(2026, 3, 2);
    protected static readonly DateOnly First = new(2026, 3, 16);
    protected static readonly DateOnly Second = new(2026, 4, 20);
    protected static readonly DateOnly Third = new(2026, 5, 26);

    /// <summary>A family in pre-proceedings whose first session (on <see cref="First"/>) set the given actions, due
    /// on <see cref="Second"/>.</summary>
    protected abstract FamilyCase AfterFirstSession(params string[] actions);

    /// <summary>Holds the next session with these results, setting the given actions.</summary>
    protected abstract void HoldSession(
        FamilyCase familyCase,
        DateOnly on,
        IReadOnlyDictionary<Guid, ActionOutcome> results,
        params (string What, DateOnly Due)[] newActions
    );

    protected abstract IReadOnlyList<PulledThroughAction> Actions(FamilyCase familyCase);

    /// <summary>How many sessions have been held.</summary>
    protected abstract int Sessions(FamilyCase familyCase);

    private PulledThroughAction Action(FamilyCase c, string what) => Actions(c).Single(a => a.Description == what);

    [Fact]
    public void A_session_that_leaves_out_an_open_action_is_refused_naming_it_and_changes_nothing()
    {
        var c = AfterFirstSession("Book the GP appointment", "Join the parenting course");
        var gp = Action(c, "Book the GP appointment");

        var refused = Assert.Throws<DomainValidationException>(() =>
            HoldSession(c, Second, new Dictionary<Guid, ActionOutcome> { [gp.Id] = ActionOutcome.Done })
        );

        Assert.Equal("actionResults", refused.Field);
        Assert.Contains("Join the parenting course", refused.Message);
        Assert.DoesNotContain("Book the GP appointment", refused.Message);
        Assert.Equal(1, Sessions(c));
        Assert.All(Actions(c), a => Assert.True(a.IsOpen));
        Assert.All(Actions(c), a => Assert.Empty(a.Reviews));
    }

    [Fact]
    public void A_result_for_an_action_that_is_not_open_is_refused()
    {
        var c = AfterFirstSession("Book the GP appointment");
        var gp = Action(c, "Book the GP appointment");

        var refused = Assert.Throws<DomainValidationException>(() =>
            HoldSession(
                c,
                Second,
                new Dictionary<Guid, ActionOutcome>
                {
                    [gp.Id] = ActionOutcome.Done,
                    [Guid.NewGuid()] = ActionOutcome.Done,
                }
            )
        );

        Assert.Contains("not open actions", refused.Message);
        Assert.True(gp.IsOpen);
    }

    [Fact]
    public void Not_done_needs_a_reason_and_carried_on_needs_a_date_after_the_session()
    {
        var c = AfterFirstSession("Book the GP appointment");
        var gp = Action(c, "Book the GP appointment");

        Assert.Contains(
            "Say why",
            Assert
                .Throws<DomainValidationException>(() =>
                    HoldSession(c, Second, Results(gp, new ActionOutcome(ActionResult.NotDone)))
                )
                .Message
        );
        Assert.Contains(
            "new due date after",
            Assert
                .Throws<DomainValidationException>(() =>
                    HoldSession(c, Second, Results(gp, ActionOutcome.CarriedOn(Second)))
                )
                .Message
        );
        Assert.True(gp.IsOpen);
        Assert.Equal(1, Sessions(c));
    }

    [Fact]
    public void Done_and_not_done_close_an_action_and_carried_on_keeps_it_open_with_its_history()
    {
        var c = AfterFirstSession("Book the GP appointment", "Join the parenting course", "Visit the nursery");
        var gp = Action(c, "Book the GP appointment");
        var course = Action(c, "Join the parenting course");
        var nursery = Action(c, "Visit the nursery");

        HoldSession(
            c,
            Second,
            new Dictionary<Guid, ActionOutcome>
            {
                [gp.Id] = ActionOutcome.Done,
                [course.Id] = ActionOutcome.NotDone("The course was cancelled."),
                [nursery.Id] = ActionOutcome.CarriedOn(Third),
            }
        );

        Assert.Equal(ActionStatus.Done, gp.Status);
        Assert.Equal(ActionStatus.NotDone, course.Status);
        Assert.Equal("The course was cancelled.", Assert.Single(course.Reviews).Reason);
        Assert.True(nursery.IsOpen);
        Assert.Equal(Third, nursery.DueOn);
        var review = Assert.Single(nursery.Reviews);
        Assert.Equal(
            (ActionResult.CarriedOn, Second, Third),
            (review.Result, review.DueOnBefore!.Value, review.NewDueOn!.Value)
        );
        Assert.Equal(2, Sessions(c));
    }

    [Fact]
    public void A_carried_on_action_is_pulled_through_again_and_a_closed_one_is_not()
    {
        var c = AfterFirstSession("Book the GP appointment", "Visit the nursery");
        var gp = Action(c, "Book the GP appointment");
        var nursery = Action(c, "Visit the nursery");
        HoldSession(
            c,
            Second,
            new Dictionary<Guid, ActionOutcome>
            {
                [gp.Id] = ActionOutcome.Done,
                [nursery.Id] = ActionOutcome.CarriedOn(Third),
            },
            ("Write to the school", Third.AddDays(7))
        );
        var school = Action(c, "Write to the school");

        var refused = Assert.Throws<DomainValidationException>(() =>
            HoldSession(c, Third, Results(school, ActionOutcome.Done))
        );
        Assert.Contains("Visit the nursery", refused.Message);
        Assert.Contains(
            "not open actions",
            Assert
                .Throws<DomainValidationException>(() =>
                    HoldSession(
                        c,
                        Third,
                        new Dictionary<Guid, ActionOutcome>
                        {
                            [gp.Id] = ActionOutcome.Done,
                            [nursery.Id] = ActionOutcome.Done,
                            [school.Id] = ActionOutcome.Done,
                        }
                    )
                )
                .Message
        );

        HoldSession(
            c,
            Third,
            new Dictionary<Guid, ActionOutcome> { [nursery.Id] = ActionOutcome.Done, [school.Id] = ActionOutcome.Done }
        );
        Assert.DoesNotContain(Actions(c), a => a.IsOpen);
        Assert.Equal(2, nursery.Reviews.Count);
    }

    private static Dictionary<Guid, ActionOutcome> Results(PulledThroughAction action, ActionOutcome outcome) =>
        new() { [action.Id] = outcome };
}
