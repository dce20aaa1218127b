#include "ProjectDocument.h"

#include "AtomicFile.h"
#include "InputError.h"
#include "ProjectFile.h"
#include "ProjectItemModel.h"
#include "PublishedModelDialog.h"
#include "QtText.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace mlcarbon {

ProjectDocument::ProjectDocument(const Catalog& catalog, const Calculator& calculator, ProjectItemModel* model,
                                 QSettings& settings, QWidget* window)
    : QObject(window)
    , m_catalog(catalog)
    , m_calculator(calculator)
    , m_model(model)
    , m_settings(settings)
    , m_window(window)
{
    connect(m_model, &ProjectItemModel::edited, this, [this] {
        m_modified = true;
        emit titleChanged();
    });
}

QString ProjectDocument::title() const
{
    QString name = QString::fromStdString(m_model->project().name);
    if (name.isEmpty())
        name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    return tr("%1[*] - mlcarbon").arg(name);
}

void ProjectDocument::load(Project project, const QString& path, std::optional<ModelJob> model)
{
    m_preset.reset();
    m_modelJob = std::move(model);
    if (const PublishedRun* run = m_catalog.publishedRun(project.presetId)) {
        try {
            m_preset = PresetProject::compare(m_calculator, *run);
        } catch (const InputError&) {
            m_preset.reset();  // the run's data no longer computes (an override changed it): no side-by-side
        }
    }
    const IntensityBasis basis = project.basis;
    m_model->setProject(std::move(project));
    m_path = path;
    m_modified = false;
    emit loaded(basis);
}

QString ProjectDocument::open(const QString& path, QStringList* warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: %2").arg(path, file.errorString());
    // A project is a few kilobytes; a huge file is not one and must not exhaust memory.
    constexpr qint64 kMaxBytes = qint64(16) * 1024 * 1024;
    if (file.size() > kMaxBytes)
        return tr("%1: the file is %2 MB; a project file is at most 16 MB")
            .arg(path)
            .arg(file.size() / (qint64(1024) * 1024));
    const QByteArray bytes = file.readAll();
    ProjectFile::Result result;
    try {
        result = ProjectFile::read(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                   path.toStdString());
    } catch (const ProjectError& e) {
        return QString::fromStdString(e.what());
    }
    if (warnings) {
        for (const auto& w : result.warnings)
            warnings->append(QString::fromStdString(w));
    }
    load(std::move(result.project), QFileInfo(path).absoluteFilePath());
    addRecentFile(m_path);
    emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 6000);
    return {};
}

QString ProjectDocument::saveTo(const QString& path)
{
    QString error = AtomicFile::write(path, QByteArray::fromStdString(ProjectFile::write(m_model->project())));
    if (!error.isEmpty())
        return error;
    m_path = QFileInfo(path).absoluteFilePath();
    m_modified = false;
    emit titleChanged();
    addRecentFile(m_path);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 6000);
    return {};
}

QString ProjectDocument::openPreset(const QString& id)
{
    const PublishedRun* run = m_catalog.publishedRun(id.toStdString());
    if (!run)
        return tr("%1 is not a published run in the database").arg(id);
    load(PresetProject::reported(*run), QString());
    emit presetOpened();
    return {};
}

bool ProjectDocument::maybeSave()
{
    // The one-job calculator is kept in the settings; only a real project asks to be saved.
    const bool document = !m_path.isEmpty() || m_model->rowCount() > 1 || m_preset;
    if (!m_modified || !document)
        return true;
    const int answer =
        m_askToSave
            ? m_askToSave()
            : QMessageBox::question(m_window, tr("Unsaved changes"),
                                    tr("The project has changes that are not saved. Save them?"),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool ProjectDocument::save()
{
    if (m_path.isEmpty())
        return saveAsWithDialog();
    const QString error = saveTo(m_path);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Save failed"),
                             tr("The project was not saved; the file on disk is unchanged.\n\n%1").arg(error));
    return error.isEmpty();
}

bool ProjectDocument::saveAsWithDialog()
{
    QString suggested = QString::fromStdString(m_model->project().name);
    suggested.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    if (suggested.isEmpty())
        suggested = QStringLiteral("project");
    const QString folder = m_path.isEmpty()
                               ? m_settings
                                     .value(QStringLiteral("project/lastFolder"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                     .toString()
                               : QFileInfo(m_path).absolutePath();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save project"),
                                                QDir(folder).filePath(suggested + QStringLiteral(".mlcarbon.json")),
                                                tr("mlcarbon projects (*.mlcarbon.json);;JSON (*.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".mlcarbon.json");
    m_settings.setValue(QStringLiteral("project/lastFolder"), QFileInfo(path).absolutePath());
    const QString error = saveTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Save failed"), tr("The project was not saved.\n\n%1").arg(error));
    return error.isEmpty();
}

void ProjectDocument::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString folder = m_settings
                               .value(QStringLiteral("project/lastFolder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open project"), folder,
                                                      tr("mlcarbon projects (*.mlcarbon.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(QStringLiteral("project/lastFolder"), QFileInfo(path).absolutePath());
    openAndTell(path);
}

bool ProjectDocument::openAndTell(const QString& path)
{
    QStringList warnings;
    const QString error = open(path, &warnings);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Open project"), tr("The project was not opened.\n\n%1").arg(error));
    else if (!warnings.isEmpty())
        QMessageBox::warning(m_window, tr("Open project"),
                             tr("The project opened, with warnings:\n\n%1").arg(warnings.join(QLatin1Char('\n'))));
    return error.isEmpty();
}

void ProjectDocument::openPublishedWithDialog()
{
    if (!maybeSave())
        return;
    PublishedModelDialog dialog(m_catalog, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.chosenKind() == PublishedModelDialog::Kind::Run) {
        openPreset(dialog.chosenId());
        return;
    }
    const QString lacks = openModel(dialog.chosenId());
    if (!lacks.isEmpty())
        QMessageBox::information(m_window, tr("Open published model"), lacks);
}

QString ProjectDocument::openModel(const QString& id)
{
    const PublishedModel* m = m_catalog.publishedModel(id.toStdString());
    if (!m)
        return tr("%1 is not a published model in the database").arg(id);
    ModelJob job = PublishedModelJob::of(m_catalog, *m);
    Project p;
    p.name = m->name + " (Epoch AI's record)";
    p.description = m->source;
    ProjectItem item;
    item.label = m->name + " training";
    item.phase = "training";
    item.input = job.input;
    p.items.push_back(std::move(item));
    load(std::move(p), QString(), std::move(job));
    emit statusMessage(
        tr("Opened %1 from Epoch AI's record; the place and year are assumptions (see the result)").arg(qs(m->name)),
        8000);
    if (m_modelJob->estimable())
        return {};
    QStringList lines;
    for (const auto& missing : m_modelJob->missing)
        lines << qs(missing);
    return tr("Epoch AI's record of %1 lacks what an estimate needs; fill it in the form:\n%2")
        .arg(qs(m->name), lines.join(QLatin1Char('\n')));
}

QStringList ProjectDocument::recentFiles() const
{
    return m_settings.value(QStringLiteral("recentFiles")).toStringList();
}

void ProjectDocument::fillRecentMenu(QMenu* menu)
{
    menu->clear();
    const QStringList files = recentFiles();
    for (const QString& path : files) {
        menu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave() && !openAndTell(path)) {
                QStringList list = recentFiles();
                list.removeAll(path);  // a file that is gone or broken leaves the list
                m_settings.setValue(QStringLiteral("recentFiles"), list);
            }
        });
    }
    if (files.isEmpty())
        menu->addAction(tr("(none yet)"))->setEnabled(false);
}

void ProjectDocument::addRecentFile(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > 8)
        list.removeLast();
    m_settings.setValue(QStringLiteral("recentFiles"), list);
}

}  // namespace mlcarbon
