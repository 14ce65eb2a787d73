using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Cases;
using Plo.Domain.Staff;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("Staff");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.PendingEvents);
        builder.Property(s => s.UserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.Property(s => s.DisplayName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(s => s.JobTitle).HasMaxLength(FieldLengths.Name);
        builder.Property(s => s.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Property(s => s.Email).HasMaxLength(FieldLengths.Email);
        builder.PrimitiveCollection(s => s.Roles);
        builder.HasIndex(s => s.TeamId);
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Teams");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.PendingEvents);
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.ManagerId).HasMaxLength(FieldLengths.UserId);
        builder.HasIndex(t => t.ManagerId);
    }
}
