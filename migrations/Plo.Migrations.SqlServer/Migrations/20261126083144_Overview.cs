using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Overview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NextKeyDateDue",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextKeyDateKind",
                table: "Cases",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NextKeyDateNumber",
                table: "Cases",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NextKeyDateDue",
                table: "Cases",
                column: "NextKeyDateDue");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_NextKeyDateDue",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextKeyDateDue",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextKeyDateKind",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextKeyDateNumber",
                table: "Cases");
        }
    }
}
