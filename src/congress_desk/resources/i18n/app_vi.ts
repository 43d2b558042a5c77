<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>cli</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress Desk: run a Patriotic Emulation Congress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error; details were written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event file not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event file to create (overwritten if it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of delegates (default 550, at most 10000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delegates must be between 0 and {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created demo congress {path} with {n} delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event file to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Law 2003 (amended 2013), Decree 91/2017/NĐ-CP, Circular 12/2019/TT-BNV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law 06/2022/QH15, Decree 98/2023/NĐ-CP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The congress needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the congress is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown legal regime {regime}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected number of delegates cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid}, last seen {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file is open for editing by {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take the lock on the event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Congress Desk event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event file was made by a newer version of Congress Desk (format {found}, this version reads up to {known}). Install the newer version; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder cannot be written (read-only medium or no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event file needs an update that cannot be made while it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honoree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender &quot;{value}&quot; is neither Nam nor Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delegate category &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date &quot;{value}&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date &quot;{value}&quot; is not a date (write day/month/year, e.g. 02/03/1975)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year {value} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date {value} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date {value} is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number {value} is neither a 10-digit mobile nor an 11-digit landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number {value} must have 12 digits (CCCD) or 9 digits (CMND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number {id} is for a {sex}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number {id} is for someone born in the {century}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number {id} gives birth year ..{yy}, not {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department / agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit kind {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit named {name} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit still has {n} delegates; move or delete them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delegate no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
