using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Cases;
using Plo.Domain.Common;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class FamilyCaseConfiguration : IEntityTypeConfiguration<FamilyCase>
{
    public void Configure(EntityTypeBuilder<FamilyCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Reference).HasMaxLength(FieldLengths.Reference).IsRequired();
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OpenedBy).HasMaxLength(FieldLengths.UserId);
        builder.HasIndex(c => c.OpenedAt);
        builder.Property(c => c.FormerReference).HasMaxLength(FieldLengths.Reference * 2);
        builder.HasIndex(c => c.FormerReference).IsUnique();
        builder.Ignore(c => c.Migrated);
        builder.Ignore(c => c.ScheduledEpisode);

        builder.OwnsOne(
            c => c.Allocation,
            a =>
            {
                a.Property(x => x.SocialWorkerId)
                    .HasColumnName("SocialWorkerId")
                    .HasMaxLength(FieldLengths.UserId)
                    .IsRequired();
                a.Property(x => x.TeamManagerId)
                    .HasColumnName("TeamManagerId")
                    .HasMaxLength(FieldLengths.UserId)
                    .IsRequired();
                a.Property(x => x.LegalAdviserId).HasColumnName("LegalAdviserId").HasMaxLength(FieldLengths.UserId);
                a.HasIndex(x => x.SocialWorkerId);
                a.HasIndex(x => x.TeamManagerId);
            }
        );
        builder.Navigation(c => c.Allocation).IsRequired();

        builder.OwnsOne(
            c => c.Plan,
            plan =>
            {
                plan.ToJson("PlanJson");
                plan.OwnsMany(p => p.Concerns);
                plan.OwnsMany(p => p.Changes);
                plan.OwnsMany(p => p.Support);
                plan.OwnsOne(p => p.FamilyNetwork);
            }
        );
        builder.Navigation(c => c.Plan).IsRequired();

        builder.OwnsOne(
            c => c.Exit,
            exit =>
            {
                exit.Property(e => e.Outcome).HasColumnName("ExitOutcome");
                exit.Property(e => e.On).HasColumnName("ExitOn");
                exit.Property(e => e.Reason).HasColumnName("ExitReason").HasMaxLength(Limits.Narrative);
                exit.Property(e => e.CourtApplicationOn).HasColumnName("CourtApplicationOn");
                exit.Property(e => e.RecordedBy).HasColumnName("ExitRecordedBy").HasMaxLength(FieldLengths.UserId);
            }
        );

        builder.OwnsOne(
            c => c.NextKeyDate,
            next =>
            {
                next.Property(n => n.Kind).HasColumnName("NextKeyDateKind");
                next.Property(n => n.Number).HasColumnName("NextKeyDateNumber");
                next.Property(n => n.DueOn).HasColumnName("NextKeyDateDue");
                next.HasIndex(n => n.DueOn);
            }
        );

        HasChildren(builder, c => c.Children);
        HasChildren(builder, c => c.FamilyMembers);
        HasChildren(builder, c => c.Decisions);
        HasChildren(builder, c => c.Episodes);
        HasChildren(builder, c => c.Assessments);
        HasChildren(builder, c => c.Meetings);
        HasChildren(builder, c => c.Actions);
        HasChildren(builder, c => c.DelayRationales);
        HasChildren(builder, c => c.Extensions);
        HasChildren(builder, c => c.AllocationHistory);
        HasChildren(builder, c => c.MetKeyDates);
        HasChildren(builder, c => c.Supervisions);
        HasChildren(builder, c => c.SupervisionActions);
        HasChildren(builder, c => c.SignificantChanges);
        builder.HasIndex(c => c.SupervisionDueOn);
        builder.Ignore(c => c.PendingEvents);
    }

    /// <summary>
    /// An entity owned by the case: its own table, a CaseId key, deleted with the case, loaded through the backing
    /// field
    /// and with the case whenever the case itself is loaded. This list is the one place that says what "the whole case"
    /// is.
    /// </summary>
    private static void HasChildren<TChild>(
        EntityTypeBuilder<FamilyCase> builder,
        Expression<Func<FamilyCase, IEnumerable<TChild>?>> navigation
    )
        where TChild : class
    {
        builder.HasMany(navigation).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(navigation!).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
