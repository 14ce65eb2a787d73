using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Cases;
using Plo.Domain.Common;
using Plo.Domain.Delay;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;
using Plo.Domain.Meetings;
using Plo.Domain.Planning;
using Plo.Domain.Supervision;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class EpisodeConfiguration : IEntityTypeConfiguration<Episode>
{
    public void Configure(EntityTypeBuilder<Episode> builder)
    {
        builder.ToTable("Episodes");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ExitReason).HasMaxLength(Limits.Narrative);
        builder.OwnsOne(
            e => e.Policy,
            p =>
            {
                p.Property(x => x.LetterWithinWorkingDays).HasColumnName("PolicyLetterWorkingDays");
                p.Property(x => x.InitialMeetingWithinWorkingDays).HasColumnName("PolicyInitialMeetingWorkingDays");
                p.Property(x => x.ReviewEveryWeeks).HasColumnName("PolicyReviewEveryWeeks");
                p.Property(x => x.DecisionPointWeeks).HasColumnName("PolicyDecisionPointWeeks");
                // Episodes started before supervision was tracked take the default (the migration fills it in).
                p.Property(x => x.SupervisionEveryWorkingDays).HasColumnName("PolicySupervisionWorkingDays");
            }
        );
        builder.Navigation(e => e.Policy).IsRequired();
        builder.Ignore(e => e.IsActive);
        // Active or recently closed episodes by stage, and everything the overview's summary and exits read of them, so
        // those reads never visit the table (the case's columns are covered by IX_Cases_OverviewFacts, made by the
        // SQLite migration of that name: an index cannot span the case's owned types in the model).
        builder.Property<Guid?>("CaseId");
        builder
            .HasIndex(
                nameof(Episode.ClosedOn),
                nameof(Episode.Stage),
                "CaseId",
                nameof(Episode.Id),
                nameof(Episode.StartDate),
                nameof(Episode.ExpectedEndDate),
                nameof(Episode.Outcome)
            )
            .HasDatabaseName("IX_Episodes_OverviewFacts");
        builder.HasIndex(e => e.ChildId);
    }
}

internal sealed class GatewayDecisionConfiguration : IEntityTypeConfiguration<GatewayDecision>
{
    public void Configure(EntityTypeBuilder<GatewayDecision> builder)
    {
        builder.ToTable("GatewayDecisions");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Rationale).HasMaxLength(Limits.Narrative);
        builder.Property(d => d.Conditions).HasMaxLength(Limits.Narrative);
        builder.OwnsOne(
            d => d.Ratification,
            r =>
            {
                r.Property(x => x.MadeBy).HasColumnName("RatifiedMadeBy").HasMaxLength(Limits.ShortText);
                r.Property(x => x.MadeOn).HasColumnName("RatifiedMadeOn");
                r.Property(x => x.Reason).HasColumnName("RatifiedReason").HasMaxLength(Limits.Narrative);
            }
        );
        builder.HasIndex(d => d.GatewayMeetingId);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("Assessments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Outcome).HasMaxLength(Limits.Narrative);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Ignore(m => m.IsHeld);
        builder.OwnsOne(
            m => m.Outcome,
            o =>
            {
                o.Property(x => x.HeldOn).HasColumnName("HeldOn");
                o.Property(x => x.Attendees).HasColumnName("Attendees").HasMaxLength(Limits.Narrative);
                o.Property(x => x.ParentsSolicitorsPresent).HasColumnName("ParentsSolicitorsPresent");
                o.Property(x => x.Progress).HasColumnName("Progress");
                o.Property(x => x.Decision).HasColumnName("Decision");
                o.Property(x => x.Notes).HasColumnName("Notes").HasMaxLength(Limits.Narrative);
            }
        );
    }
}

internal sealed class AgreementActionConfiguration : IEntityTypeConfiguration<AgreementAction>
{
    public void Configure(EntityTypeBuilder<AgreementAction> builder)
    {
        builder.ToTable("AgreementActions");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Description).HasMaxLength(Limits.ShortText * 5);
        // Stored before supervision shared the class, when a review named only its meeting.
        builder.OwnsMany(
            a => a.Reviews,
            r =>
            {
                r.ToJson("ReviewsJson");
                r.Property(x => x.SessionId).HasJsonPropertyName("MeetingId");
            }
        );
    }
}

internal sealed class SupervisionSessionConfiguration : IEntityTypeConfiguration<SupervisionSession>
{
    public void Configure(EntityTypeBuilder<SupervisionSession> builder)
    {
        builder.ToTable("SupervisionSessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SupervisorId).HasMaxLength(FieldLengths.UserId);
        builder.Property(s => s.SuperviseeId).HasMaxLength(FieldLengths.UserId);
        builder.Property(s => s.Progress).HasMaxLength(Limits.Narrative);
        builder.Property(s => s.ChildExperience).HasMaxLength(Limits.Narrative);
        builder.Property(s => s.Decisions).HasMaxLength(Limits.Narrative);
        builder.Property(s => s.RecordedBy).HasMaxLength(FieldLengths.UserId);
    }
}

internal sealed class SupervisionActionConfiguration : IEntityTypeConfiguration<SupervisionAction>
{
    public void Configure(EntityTypeBuilder<SupervisionAction> builder)
    {
        builder.ToTable("SupervisionActions");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Owner).HasMaxLength(Limits.ShortText);
        builder.Property(a => a.Description).HasMaxLength(Limits.ShortText * 5);
        builder.OwnsMany(a => a.Reviews, r => r.ToJson("ReviewsJson"));
        builder.Property<Guid>("CaseId");
        builder.HasIndex("CaseId", nameof(SupervisionAction.Status), nameof(SupervisionAction.DueOn));
    }
}

internal sealed class SignificantChangeConfiguration : IEntityTypeConfiguration<SignificantChange>
{
    public void Configure(EntityTypeBuilder<SignificantChange> builder)
    {
        builder.ToTable("SignificantChanges");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Description).HasMaxLength(Limits.Narrative);
        builder.Property(c => c.RecordedBy).HasMaxLength(FieldLengths.UserId);
    }
}

internal sealed class DelayRationaleConfiguration : IEntityTypeConfiguration<DelayRationale>
{
    public void Configure(EntityTypeBuilder<DelayRationale> builder)
    {
        builder.ToTable("DelayRationales");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Narrative).HasMaxLength(Limits.Narrative);
        builder.Property<Guid>("CaseId");
        builder.HasIndex("CaseId", nameof(DelayRationale.RevisedDate));
    }
}

internal sealed class ExtensionConfiguration : IEntityTypeConfiguration<Extension>
{
    public void Configure(EntityTypeBuilder<Extension> builder)
    {
        builder.ToTable("Extensions");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Rationale).HasMaxLength(Limits.Narrative);
    }
}

internal sealed class GatewayMeetingConfiguration : IEntityTypeConfiguration<GatewayMeeting>
{
    public void Configure(EntityTypeBuilder<GatewayMeeting> builder)
    {
        builder.ToTable("GatewayMeetings");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.PendingEvents);
        builder.OwnsMany(m => m.Attendees, a => a.ToJson("AttendeesJson"));
        builder.Navigation(m => m.Attendees).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(m => m.Agenda).HasField("_agenda").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(m => m.MeetingDate);
    }
}

internal sealed class MetKeyDateConfiguration : IEntityTypeConfiguration<MetKeyDate>
{
    public void Configure(EntityTypeBuilder<MetKeyDate> builder)
    {
        builder.ToTable("MetKeyDates");
        builder.Property(k => k.Id).ValueGeneratedNever();
        // Covers the overview's "key dates met on time in the last 12 months": the range and the lateness are read from
        // the index alone, with the case for the reach.
        builder.Property<Guid?>("CaseId");
        builder.HasIndex("MetOn", "WorkingDaysLate", "CaseId");
        // The same by case (the overview keeps its figures case by case), which also serves the case's foreign key.
        builder.HasIndex("CaseId", "MetOn", "WorkingDaysLate");
    }
}
